import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/lib/contrast';
import {
  airportLabelPlace,
  avoidLabelOverlap,
  borderNear,
  mapColours,
  nearContext,
  regionMapLayout,
  riverLabelPlace,
  roundToTenth,
} from '../../src/lib/region-map';

const cities = [
  { id: 'katowice', label: 'Katowice', lat: 50.25, lon: 19.0 },
  { id: 'gliwice', label: 'Gliwice', lat: 50.283, lon: 18.667 },
  { id: 'tychy', label: 'Tychy', lat: 50.123611, lon: 18.986667 },
  { id: 'jaworzno', label: 'Jaworzno', lat: 50.204444, lon: 19.27 },
  { id: 'jastrzebie-zdroj', label: 'Jastrzębie-Zdrój', lat: 49.95, lon: 18.583 },
  { id: 'rybnik', label: 'Rybnik', lat: 50.098611, lon: 18.545 },
];

describe('region map layout', () => {
  const layout = regionMapLayout(cities, [{ id: 'offer', label: 'Offer', lat: 50.14, lon: 19.01 }]);
  const at = (id: string) => layout.cities.find((city) => city.id === id)!;

  it('puts every place inside the frame, clear of the edges', () => {
    expect(layout.cities).toHaveLength(cities.length);
    expect(layout.points).toHaveLength(1);
    for (const place of [...layout.cities, ...layout.points]) {
      expect(place.x, place.id).toBeGreaterThanOrEqual(40);
      expect(place.x, place.id).toBeLessThanOrEqual(layout.width - 40);
      expect(place.y, place.id).toBeGreaterThanOrEqual(40);
      expect(place.y, place.id).toBeLessThanOrEqual(layout.height - 40);
    }
  });

  it('keeps the geography: west left, north up, and distances in proportion', () => {
    expect(at('rybnik').x).toBeLessThan(at('gliwice').x);
    expect(at('gliwice').x).toBeLessThan(at('katowice').x);
    expect(at('katowice').x).toBeLessThan(at('jaworzno').x);
    expect(at('gliwice').y).toBeLessThan(at('tychy').y);
    expect(at('tychy').y).toBeLessThan(at('jastrzebie-zdroj').y);
    // Katowice–Tychy (about 14 km) is shorter than Gliwice–Katowice (about 24 km).
    const distance = (a: string, b: string) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);
    expect(distance('katowice', 'tychy')).toBeLessThan(distance('gliwice', 'katowice'));
    expect(distance('gliwice', 'katowice') / distance('katowice', 'tychy')).toBeCloseTo(24 / 14, 0);
  });

  it('anchors labels on the right-hand side to the left of their point, where nothing is in the way', () => {
    const two = regionMapLayout(
      cities.filter((city) => ['jaworzno', 'rybnik'].includes(city.id)),
      [],
      { context: false },
    );
    expect(two.cities.map((city) => [city.id, city.anchor])).toStrictEqual([
      ['jaworzno', 'end'],
      ['rybnik', 'start'],
    ]);
  });

  it('draws the Poland–Czechia border south of Jastrzębie-Zdrój, compactly, with a label below it', () => {
    expect(borderNear(cities).length).toBeGreaterThan(0);
    expect(layout.border).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(layout.border!.length).toBeLessThan(1500);
    expect(layout.borderLabel!.y).toBeGreaterThan(at('jastrzebie-zdroj').y);
  });

  it('can leave the border out', () => {
    expect(regionMapLayout(cities, [], { border: false }).border).toBeUndefined();
  });
});

describe('avoidLabelOverlap', () => {
  const place = (id: string, label: string, x: number, y: number, anchor: 'start' | 'end') => ({ id, label, lat: 0, lon: 0, x, y, anchor });

  it('moves a label to the other side of its point when above it on its side would cover a label to its north', () => {
    const [katowice, jaworzno] = avoidLabelOverlap([
      place('katowice', 'Katowice', 300, 100, 'start'),
      place('jaworzno', 'Jaworzno', 420, 120, 'end'),
    ]);
    expect(katowice).toMatchObject({ anchor: 'start' });
    expect(katowice!.below).toBeUndefined();
    expect(jaworzno).toMatchObject({ anchor: 'start' });
    expect(jaworzno!.below).toBeUndefined();
  });

  it('moves a label below its point when neither side above it is free', () => {
    const [, jaworzno] = avoidLabelOverlap(
      [place('katowice', 'Katowice', 300, 100, 'start'), place('jaworzno', 'Jaworzno', 420, 120, 'end')],
      [{ left: 430, right: 560, top: 80, bottom: 116 }],
    );
    expect(jaworzno).toMatchObject({ anchor: 'end', below: true });
  });

  it('keeps labels inside the frame when it is given', () => {
    const [edge] = avoidLabelOverlap([place('edge', 'Jastrzębie-Zdrój', 600, 100, 'start')], [], {
      left: 0,
      top: 0,
      right: 640,
      bottom: 440,
    });
    expect(edge).toMatchObject({ anchor: 'end' });
  });

  it('leaves labels of cities far apart above their points, in the input order', () => {
    const placed = avoidLabelOverlap([place('rybnik', 'Rybnik', 100, 300, 'start'), place('gliwice', 'Gliwice', 150, 50, 'start')]);
    expect(placed.map((city) => [city.id, city.below])).toStrictEqual([
      ['rybnik', undefined],
      ['gliwice', undefined],
    ]);
  });
});

describe('regionMapLayout with places at one point', () => {
  it('still draws them inside the frame (no NaN), as a content tree with placeholder locations has them', () => {
    const same = ['a', 'b', 'c'].map((id) => ({ id, label: id, lat: 50.2, lon: 18.9 }));
    const layout = regionMapLayout(same, [], { width: 360, height: 250, padding: 40 });
    for (const city of layout.cities) {
      expect(Number.isFinite(city.x) && Number.isFinite(city.y), city.id).toBe(true);
      expect(city.x).toBeGreaterThan(0);
      expect(city.x).toBeLessThan(360);
    }
  });
});

describe('context layers', () => {
  const names = { wisla: 'Weichsel', odra: 'Oder' };
  const layout = regionMapLayout(cities, [{ id: 'offer', label: 'Offer', lat: 50.14, lon: 19.01 }], {
    height: 520,
    riverNames: names,
    airportLabel: true,
  });
  const at = (id: string) => layout.cities.find((city) => city.id === id)!;

  /** Boxes as the layout reckons them at phone size: city labels 24 units bold, context labels 23 units. */
  const cityLabel = (city: (typeof layout.cities)[number]) => {
    const width = city.label.length * 24 * 0.62;
    const left = city.anchor === 'end' ? city.x - 12 - width : city.x + 12;
    const top = city.below ? city.y + 6 : city.y - 32;
    return { left, right: left + width, top, bottom: top + 26 };
  };
  const contextLabel = (label: { x: number; y: number; anchor: string }, text: string, em: number) => {
    const width = text.length * 23 * em;
    const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
    return { left, right: left + width, top: label.y - 23, bottom: label.y + 6 };
  };
  const overlap = (a: ReturnType<typeof cityLabel>, b: ReturnType<typeof cityLabel>) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

  it('draws the Vistula and the Oder inside the frame, with their names', () => {
    expect(layout.rivers.map((river) => river.id).sort()).toStrictEqual(['odra', 'wisla']);
    for (const river of layout.rivers) {
      expect(river.path, river.id).toMatch(/^M[\d.]+,[\d.]+L/);
      const numbers = river.path.match(/[\d.]+/g)!.map(Number);
      expect(Math.max(...numbers), river.id).toBeLessThanOrEqual(640);
      expect(river.label?.text, river.id).toBe(names[river.id]);
    }
    // The Vistula flows south and east of Tychy; the Oder west of Rybnik.
    const wisla = layout.rivers.find((river) => river.id === 'wisla')!;
    const odra = layout.rivers.find((river) => river.id === 'odra')!;
    expect(wisla.label!.y).toBeGreaterThan(at('tychy').y);
    expect(odra.label!.x).toBeLessThan(at('rybnik').x);
  });

  it('draws the voivodeship border inside the frame, west of Gliwice and east of Tychy', () => {
    expect(layout.regionBorder).toMatch(/^M[\d.]+,[\d.]+L/);
    const numbers = layout.regionBorder!.match(/-?[\d.]+/g)!.map(Number);
    const xs = numbers.filter((_, index) => index % 2 === 0);
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(640);
    expect(Math.min(...xs)).toBeLessThan(at('gliwice').x);
    expect(Math.max(...xs)).toBeGreaterThan(at('tychy').x);
  });

  it('fits Katowice Airport into the frame north of Katowice, with its code beside it', () => {
    expect(layout.airport).toMatchObject({ iata: 'KTW' });
    expect(layout.airport!.y).toBeLessThan(at('gliwice').y);
    expect(layout.airport!.y).toBeGreaterThanOrEqual(40);
    expect(Math.abs(layout.airport!.x - at('katowice').x)).toBeLessThan(80);
    expect(layout.airport!.label).toBeDefined();
  });

  it('keeps the context labels off the city labels and off each other', () => {
    const boxes = [
      ...layout.rivers.map((river) => contextLabel(river.label!, river.label!.text, 0.55)),
      contextLabel(layout.airport!.label!, 'KTW', 0.68),
    ];
    for (const city of layout.cities) for (const box of boxes) expect(overlap(cityLabel(city), box), city.id).toBe(false);
    expect(overlap(boxes[0]!, boxes[1]!)).toBe(false);
    for (const [index, a] of layout.cities.entries())
      for (const b of layout.cities.slice(index + 1)) expect(overlap(cityLabel(a), cityLabel(b)), `${a.id} / ${b.id}`).toBe(false);
  });

  it('leaves the labels out where no names are given, and the layers out when asked', () => {
    const plain = regionMapLayout(cities);
    expect(plain.rivers.length).toBe(2);
    expect(plain.rivers.every((river) => river.label === undefined)).toBe(true);
    expect(plain.airport?.label).toBeUndefined();
    const bare = regionMapLayout(cities, [], { context: false });
    expect(bare.rivers).toStrictEqual([]);
    expect(bare.regionBorder).toBeUndefined();
    expect(bare.airport).toBeUndefined();
  });

  it('does not stretch a map of places far away to reach the airport', () => {
    const airport = { iata: 'KTW', lon: 19.08, lat: 50.47 };
    expect(nearContext({ rivers: [], regionBorder: [], airport }, [{ lon: 14, lat: 52 }]).airport).toBeUndefined();
    expect(nearContext({ rivers: [], regionBorder: [], airport }, cities).airport).toStrictEqual(airport);
  });
});

describe('context label placement', () => {
  const frame = { left: 0, top: 0, right: 640, bottom: 440 };

  it('puts a river name above a stretch running across, beside one running down, and nowhere without room', () => {
    expect(
      riverLabelPlace(
        [
          [
            { x: 0, y: 200 },
            { x: 640, y: 200 },
          ],
        ],
        'Wisła',
        frame,
        [],
      ),
    ).toMatchObject({ anchor: 'middle', y: 192 });
    expect(
      riverLabelPlace(
        [
          [
            { x: 100, y: 0 },
            { x: 100, y: 440 },
          ],
        ],
        'Odra',
        frame,
        [],
      ),
    ).toMatchObject({ anchor: 'start', x: 108 });
    expect(
      riverLabelPlace(
        [
          [
            { x: 0, y: 200 },
            { x: 640, y: 200 },
          ],
        ],
        'Wisła',
        frame,
        [frame],
      ),
    ).toBeUndefined();
    expect(
      riverLabelPlace(
        [
          [
            { x: 700, y: 200 },
            { x: 900, y: 200 },
          ],
        ],
        'Wisła',
        frame,
        [],
      ),
    ).toBeUndefined();
  });

  it('moves a river name along the river past what is drawn at its middle', () => {
    const blocked = { left: 280, right: 360, top: 150, bottom: 260 };
    const label = riverLabelPlace(
      [
        [
          { x: 0, y: 200 },
          { x: 640, y: 200 },
        ],
      ],
      'Wisła',
      frame,
      [blocked],
    )!;
    const half = ('Wisła'.length * 23 * 0.55) / 2;
    expect(label.x + half <= blocked.left || label.x - half >= blocked.right).toBe(true);
  });

  it('puts the airport code right of the mark, or left of it near the right edge', () => {
    expect(airportLabelPlace({ x: 100, y: 100 }, 'KTW', frame, [])).toStrictEqual({ x: 120, y: 108, anchor: 'start' });
    expect(airportLabelPlace({ x: 620, y: 100 }, 'KTW', frame, [])).toMatchObject({ anchor: 'end' });
  });
});

describe('map colours', () => {
  it('draw rivers, the border and the airport 3:1 against the map, and river names 4.5:1', () => {
    expect(contrastRatio(mapColours.river, mapColours.background)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(mapColours.border, mapColours.background)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(mapColours.regionBorder, mapColours.background)).toBeGreaterThanOrEqual(3);
    // The two borders differ in colour as well as in their dash pattern.
    expect(mapColours.regionBorder).not.toBe(mapColours.border);
    expect(contrastRatio(mapColours.ink, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(mapColours.riverLabel, mapColours.background)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('drawing coordinates', () => {
  it('are written to a tenth of a unit, without floating-point tails', () => {
    expect(String(roundToTenth(521.2 - 10))).toBe('511.2');
    expect(roundToTenth(12.34)).toBe(12.3);
    expect(roundToTenth(-0.06)).toBe(-0.1);
  });
});
