/**
 * The context layers of the region map (rivers and the airport), read from the small checked-in file
 * `src/data/geo/context.geo.json` that `scripts/geo-extract.ts` derives from open data (sources in
 * `src/data/geo/SOURCES.md`). Pure helpers: clipping and rounding for the extraction, and a strict reader
 * for the build, so that a hand-edited file with a mistake stops the build with a clear message.
 */

/** A position as GeoJSON writes it: [longitude, latitude] in degrees. */
export type Position = [number, number];

/** A box in degrees. */
export interface GeoBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Rivers the map can name; their names are UI strings (`map.river.<id>`). */
export const riverIds = ['wisla', 'odra'] as const;
export type RiverId = (typeof riverIds)[number];

export interface MapContext {
  rivers: { id: RiverId; lines: Position[][] }[];
  /** The border of the Silesian Voivodeship with the voivodeships around it (its stretch along the national border is left out). */
  regionBorder: Position[][];
  /** The airport, with its IATA code. */
  airport: { iata: string; lon: number; lat: number } | undefined;
}

/**
 * The parts of a line inside a box (Liang–Barsky on each segment); a line leaving and re-entering the box gives several parts.
 * @example clipLine([[0, 0], [10, 0]], { west: 2, south: -1, east: 5, north: 1 }) // [[[2, 0], [5, 0]]]
 */
export function clipLine(line: readonly Position[], box: GeoBox): Position[][] {
  const parts: Position[][] = [];
  let current: Position[] = [];
  const close = () => {
    if (current.length >= 2) parts.push(current);
    current = [];
  };
  for (let index = 1; index < line.length; index++) {
    const [x0, y0] = line[index - 1]!;
    const [x1, y1] = line[index]!;
    const dx = x1 - x0;
    const dy = y1 - y0;
    let t0 = 0;
    let t1 = 1;
    let inside = true;
    for (const [p, q] of [
      [-dx, x0 - box.west],
      [dx, box.east - x0],
      [-dy, y0 - box.south],
      [dy, box.north - y0],
    ] as const) {
      if (p === 0) {
        if (q < 0) inside = false;
        continue;
      }
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
    }
    if (!inside || t0 > t1) {
      close();
      continue;
    }
    const start: Position = [x0 + t0 * dx, y0 + t0 * dy];
    const end: Position = [x0 + t1 * dx, y0 + t1 * dy];
    const last = current.at(-1);
    if (!last || last[0] !== start[0] || last[1] !== start[1]) {
      close();
      current.push(start);
    }
    current.push(end);
    if (t1 < 1) close();
  }
  close();
  return parts;
}

/**
 * A position rounded to `digits` decimals (4 decimals are about 10 m here: finer than the map can show).
 * @example roundPosition([19.123456, 50.987654]) // [19.1235, 50.9877]
 */
export function roundPosition([lon, lat]: Position, digits = 4): Position {
  const factor = 10 ** digits;
  return [Math.round(lon * factor) / factor, Math.round(lat * factor) / factor];
}

/**
 * A line with the points dropped that lie within `tolerance` degrees of the straight line between the points kept around them
 * (Ramer–Douglas–Peucker): the ends always stay.
 * @example simplifyLine([[0, 0], [1, 0.001], [2, 0]], 0.01) // [[0, 0], [2, 0]]
 */
export function simplifyLine(line: readonly Position[], tolerance: number): Position[] {
  if (line.length <= 2) return [...line];
  const keep = new Array<boolean>(line.length).fill(false);
  keep[0] = keep[line.length - 1] = true;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    const [x0, y0] = line[first]!;
    const [x1, y1] = line[last]!;
    const length = Math.hypot(x1 - x0, y1 - y0);
    let farthest = -1;
    let distance = tolerance;
    for (let index = first + 1; index < last; index++) {
      const [x, y] = line[index]!;
      const d = length === 0 ? Math.hypot(x - x0, y - y0) : Math.abs((x1 - x0) * (y0 - y) - (x0 - x) * (y1 - y0)) / length;
      if (d > distance) [farthest, distance] = [index, d];
    }
    if (farthest < 0) continue;
    keep[farthest] = true;
    stack.push([first, farthest], [farthest, last]);
  }
  return line.filter((_, index) => keep[index]);
}

/**
 * Whether a line passes within `reach` degrees of a place (how the extraction tells which unnamed river line is which).
 * @example passesNear([[[19, 50], [19.4, 50]]], { lon: 19.2, lat: 50.03 }, 0.05) // true
 */
export function passesNear(lines: readonly (readonly Position[])[], place: { lon: number; lat: number }, reach: number): boolean {
  return lines.some((line) =>
    line.some((point, index) => {
      const previous = line[index - 1];
      if (!previous) return Math.hypot(point[0] - place.lon, point[1] - place.lat) <= reach;
      // Distance from the place to the segment previous → point.
      const [x0, y0] = previous;
      const [dx, dy] = [point[0] - x0, point[1] - y0];
      const length = dx * dx + dy * dy;
      const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((place.lon - x0) * dx + (place.lat - y0) * dy) / length));
      return Math.hypot(x0 + t * dx - place.lon, y0 + t * dy - place.lat) <= reach;
    }),
  );
}

const isPosition = (value: unknown): value is Position =>
  Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number' && Number.isFinite(n));

/**
 * Reads the context file (a GeoJSON FeatureCollection): rivers as MultiLineStrings with `properties.layer: 'river'`
 * and an `id` from `riverIds`, the voivodeship border as a MultiLineString with `layer: 'region-border'`, the airport as a Point with `layer: 'airport'` and its `iata` code. Anything else is an error.
 * @example readMapContext({ type: 'FeatureCollection', features: [] }) // { rivers: [], regionBorder: [], airport: undefined }
 */
export function readMapContext(data: unknown): MapContext {
  const fail = (message: string): never => {
    throw new Error(`src/data/geo/context.geo.json: ${message} (regenerate it with scripts/geo-extract.ts)`);
  };
  const collection = data as { type?: unknown; features?: unknown };
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) fail('not a GeoJSON FeatureCollection');
  const context: MapContext = { rivers: [], regionBorder: [], airport: undefined };
  const isLines = (lines: unknown): lines is Position[][] =>
    Array.isArray(lines) && lines.every((l) => Array.isArray(l) && l.length >= 2 && l.every(isPosition));
  for (const [index, feature] of (collection.features as unknown[]).entries()) {
    const { properties, geometry } = (feature ?? {}) as {
      properties?: { layer?: unknown; id?: unknown; iata?: unknown };
      geometry?: { type?: unknown; coordinates?: unknown };
    };
    if (properties?.layer === 'river') {
      const id = properties.id;
      if (!riverIds.includes(id as RiverId)) fail(`feature ${index}: unknown river id ${JSON.stringify(id)}`);
      const lines = geometry?.coordinates;
      if (geometry?.type !== 'MultiLineString' || !isLines(lines))
        fail(`feature ${index}: a river must be a MultiLineString of [lon, lat] positions`);
      context.rivers.push({ id: id as RiverId, lines: lines as Position[][] });
    } else if (properties?.layer === 'region-border') {
      const lines = geometry?.coordinates;
      if (geometry?.type !== 'MultiLineString' || !isLines(lines))
        fail(`feature ${index}: the voivodeship border must be a MultiLineString of [lon, lat] positions`);
      context.regionBorder.push(...(lines as Position[][]));
    } else if (properties?.layer === 'airport') {
      const at = geometry?.coordinates;
      if (geometry?.type !== 'Point' || !isPosition(at)) fail(`feature ${index}: the airport must be a Point`);
      if (typeof properties.iata !== 'string' || !/^[A-Z]{3}$/.test(properties.iata))
        fail(`feature ${index}: the airport needs its IATA code`);
      const [lon, lat] = at as Position;
      context.airport = { iata: properties.iata as string, lon, lat };
    } else fail(`feature ${index}: unknown layer ${JSON.stringify(properties?.layer)}`);
  }
  return context;
}
