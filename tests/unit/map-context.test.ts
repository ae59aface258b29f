import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clipLine, passesNear, readMapContext, roundPosition, simplifyLine, type Position } from '../../src/lib/map-context';

const box = { west: 0, south: 0, east: 10, north: 10 };

describe('clipLine', () => {
  it('keeps a line inside the box as it is', () => {
    const line: Position[] = [
      [1, 1],
      [5, 5],
      [9, 2],
    ];
    expect(clipLine(line, box)).toStrictEqual([line]);
  });

  it('cuts a line at the edges it crosses', () => {
    expect(
      clipLine(
        [
          [-5, 5],
          [5, 5],
          [5, 15],
        ],
        box,
      ),
    ).toStrictEqual([
      [
        [0, 5],
        [5, 5],
        [5, 10],
      ],
    ]);
  });

  it('splits a line that leaves the box and comes back into two parts', () => {
    const parts = clipLine(
      [
        [2, 2],
        [2, 20],
        [8, 20],
        [8, 2],
      ],
      box,
    );
    expect(parts).toStrictEqual([
      [
        [2, 2],
        [2, 10],
      ],
      [
        [8, 10],
        [8, 2],
      ],
    ]);
  });

  it('drops a line wholly outside the box, also one along an edge outside it', () => {
    expect(
      clipLine(
        [
          [20, 20],
          [30, 25],
        ],
        box,
      ),
    ).toStrictEqual([]);
    expect(
      clipLine(
        [
          [-1, 2],
          [-1, 8],
        ],
        box,
      ),
    ).toStrictEqual([]);
  });
});

describe('roundPosition and passesNear', () => {
  it('rounds to 4 decimals by default', () => {
    expect(roundPosition([19.123456, 50.987654])).toStrictEqual([19.1235, 50.9877]);
    expect(roundPosition([19.16, 50.04], 1)).toStrictEqual([19.2, 50]);
  });

  it('measures the distance to the segments, not only to the vertices', () => {
    const line: Position[] = [
      [19, 50],
      [19.4, 50],
    ];
    expect(passesNear([line], { lon: 19.2, lat: 50.03 }, 0.05)).toBe(true);
    expect(passesNear([line], { lon: 19.2, lat: 50.1 }, 0.05)).toBe(false);
    expect(passesNear([line], { lon: 19.45, lat: 50 }, 0.04)).toBe(false);
  });
});

describe('simplifyLine', () => {
  it('drops the points near the line between their neighbours and keeps the ends and the corners', () => {
    const line: Position[] = [
      [0, 0],
      [1, 0.001],
      [2, 0],
      [3, 1],
      [4, 1.002],
      [5, 1],
    ];
    expect(simplifyLine(line, 0.01)).toStrictEqual([
      [0, 0],
      [2, 0],
      [3, 1],
      [5, 1],
    ]);
    // A tolerance below the smallest wiggle keeps everything.
    expect(simplifyLine(line, 0.0001)).toStrictEqual(line);
  });

  it('keeps lines of two points, and a closed ring without collapsing it', () => {
    expect(
      simplifyLine(
        [
          [0, 0],
          [1, 1],
        ],
        1,
      ),
    ).toStrictEqual([
      [0, 0],
      [1, 1],
    ]);
    const ring: Position[] = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ];
    expect(simplifyLine(ring, 0.1)).toStrictEqual(ring);
  });
});

describe('readMapContext', () => {
  const river = (
    id: unknown,
    coordinates: unknown = [
      [
        [19, 50],
        [19.1, 50.1],
      ],
    ],
  ) => ({
    type: 'Feature',
    properties: { layer: 'river', id },
    geometry: { type: 'MultiLineString', coordinates },
  });
  const airport = {
    type: 'Feature',
    properties: { layer: 'airport', iata: 'KTW' },
    geometry: { type: 'Point', coordinates: [19.08, 50.47] },
  };

  const regionBorder = (coordinates: unknown) => ({
    type: 'Feature',
    properties: { layer: 'region-border', id: 'PL.SL' },
    geometry: { type: 'MultiLineString', coordinates },
  });

  it('reads rivers, the voivodeship border and the airport', () => {
    const line = [
      [18.5, 50.2],
      [18.6, 50.3],
    ];
    const context = readMapContext({ type: 'FeatureCollection', features: [river('wisla'), regionBorder([line]), airport] });
    expect(context.rivers.map((r) => r.id)).toStrictEqual(['wisla']);
    expect(context.regionBorder).toStrictEqual([line]);
    expect(context.airport).toStrictEqual({ iata: 'KTW', lon: 19.08, lat: 50.47 });
  });

  it('names the feature and the problem of a broken file', () => {
    expect(() => readMapContext({ type: 'FeatureCollection', features: [river('nil')] })).toThrow(/feature 0: unknown river id "nil"/);
    expect(() => readMapContext({ type: 'FeatureCollection', features: [airport, river('odra', [[['19', 50]]])] })).toThrow(
      /feature 1: a river must be a MultiLineString/,
    );
    expect(() => readMapContext({ type: 'FeatureCollection', features: [regionBorder([[[18.5, 50.2]]])] })).toThrow(
      /feature 0: the voivodeship border must be a MultiLineString/,
    );
    expect(() => readMapContext({ features: [] })).toThrow(/not a GeoJSON FeatureCollection/);
    expect(() => readMapContext({ type: 'FeatureCollection', features: [{ properties: { layer: 'road' } }] })).toThrow(
      /unknown layer "road"/,
    );
  });

  it('accepts the committed file, which is small and has both rivers, the voivodeship border and Katowice Airport', () => {
    const text = readFileSync(new URL('../../src/data/geo/context.geo.json', import.meta.url), 'utf8');
    expect(text.length).toBeLessThan(30_000);
    const context = readMapContext(JSON.parse(text));
    expect(context.rivers.map((r) => r.id).sort()).toStrictEqual(['odra', 'wisla']);
    expect(context.airport?.iata).toBe('KTW');
    // Pyrzowice lies north of Katowice (50.26° N, 19.02° E), within 0.3°.
    expect(context.airport!.lat).toBeGreaterThan(50.4);
    expect(Math.abs(context.airport!.lon - 19.02)).toBeLessThan(0.3);
    expect(context.regionBorder.length).toBeGreaterThan(0);
    // The Silesian Voivodeship's border with Lesser Poland passes between Tychy (19.0° E) and Oświęcim (19.22° E) at 50.0° N,
    // and with Opole west of Gliwice (18.67° E) at 50.3° N.
    const crossing = (lat: number) =>
      context.regionBorder.flatMap((line) =>
        line.flatMap((point, index) => {
          const previous = line[index - 1];
          if (!previous || (previous[1] - lat) * (point[1] - lat) > 0 || previous[1] === point[1]) return [];
          return [previous[0] + ((lat - previous[1]) * (point[0] - previous[0])) / (point[1] - previous[1])];
        }),
      );
    expect(crossing(50.0).some((lon) => lon > 19.0 && lon < 19.22)).toBe(true);
    expect(crossing(50.3).some((lon) => lon > 18.0 && lon < 18.67)).toBe(true);
    for (const lines of [...context.rivers.map((river) => river.lines), context.regionBorder])
      for (const [lon, lat] of lines.flat()) {
        expect(lon).toBeGreaterThanOrEqual(17.9);
        expect(lon).toBeLessThanOrEqual(19.8);
        expect(lat).toBeGreaterThanOrEqual(49.6);
        expect(lat).toBeLessThanOrEqual(50.7);
        expect(String(lon).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(4);
      }
  });
});

describe('scripts/geo-extract.ts', () => {
  it('gives exactly the committed file from the installed sources (run npm run geo:extract after changing them)', async () => {
    const { extractContext, formatContext } = await import('../../scripts/geo-extract');
    const committed = readFileSync(new URL('../../src/data/geo/context.geo.json', import.meta.url), 'utf8');
    expect(formatContext(extractContext())).toBe(committed);
  });
});
