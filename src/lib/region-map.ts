/**
 * Layout of the region map drawn at build time as inline SVG (no tiles, no network): the six cities and
 * optional points (offers) on a conformal conic projection fitted to them, plus the Poland–Czechia border
 * from Natural Earth 1:50m (world-atlas) for context. Used by `src/components/RegionMap.astro`.
 */
import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import type { MultiLineString } from 'geojson';
import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json';

export interface MapPlace {
  id: string;
  label: string;
  lat: number;
  lon: number;
}

export interface PlacedPlace extends MapPlace {
  /** Position in the SVG's user units. */
  x: number;
  y: number;
  /** Labels on the right part of the map sit left of their point, so they stay inside the picture. */
  anchor: 'start' | 'end';
  /** The label goes below the point instead of above it, where above it would cover another city's label. */
  below?: boolean;
}

export interface RegionMapLayout {
  width: number;
  height: number;
  cities: PlacedPlace[];
  points: PlacedPlace[];
  /** SVG path data of the Poland–Czechia border inside the frame, if it crosses it. */
  border: string | undefined;
  /** Where to write "Czechia", just south of the border's stretch near the places. */
  borderLabel: { x: number; y: number } | undefined;
}

export interface RegionMapOptions {
  width?: number;
  height?: number;
  /** Space kept free around the places, for labels. */
  padding?: number;
  /** Draw the Poland–Czechia border (default true). */
  border?: boolean;
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * A conformal conic projection (standard parallels 49.5° and 50.5° N) fitted so that all places fit the frame.
 * @example regionProjection([{ lat: 50.25, lon: 19 }, { lat: 49.95, lon: 18.583 }], 640, 440, 48)([19, 50.25]) // [x, y] inside the frame
 */
export function regionProjection(
  places: readonly { lat: number; lon: number }[],
  width: number,
  height: number,
  padding: number,
): GeoProjection {
  const lons = places.map((place) => place.lon);
  const lats = places.map((place) => place.lat);
  const centre = (Math.min(...lons) + Math.max(...lons)) / 2;
  // Places all at (nearly) one point would give the fit no extent (NaN everywhere): frame 0.2° around them instead.
  const flat = Math.max(...lons) - Math.min(...lons) < 0.01 && Math.max(...lats) - Math.min(...lats) < 0.01;
  const framed = flat ? [...places, { lon: centre - 0.2, lat: lats[0]! - 0.1 }, { lon: centre + 0.2, lat: lats[0]! + 0.1 }] : places;
  return geoConicConformal()
    .parallels([49.5, 50.5])
    .rotate([-centre, 0])
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      { type: 'MultiPoint', coordinates: framed.map((place) => [place.lon, place.lat]) },
    );
}

let borderLines: MultiLineString | undefined;
/** The Poland–Czechia border line from world-atlas (ISO 3166 numeric 616 and 203), computed once. */
function polandCzechiaBorder(): MultiLineString {
  if (!borderLines) {
    const topology = countries50m as unknown as Topology<{ countries: GeometryCollection }>;
    const pair = new Set(['616', '203']);
    borderLines = mesh(topology, topology.objects.countries, (a, b) => a !== b && pair.has(String(a.id)) && pair.has(String(b.id)));
  }
  return borderLines;
}

/** How near (in degrees) a border vertex must be to a place to be kept in the picture. */
const borderReach = { lat: 0.12, lon: 0.18 };

/**
 * The border vertices near the places (so a border a few kilometres away is fitted into the picture).
 * @example borderNear([{ lat: 49.95, lon: 18.583 }]).length > 0 // true (Jastrzębie-Zdrój)
 */
export function borderNear(places: readonly { lat: number; lon: number }[]): [number, number][] {
  return polandCzechiaBorder()
    .coordinates.flat()
    .filter(([lon, lat]) =>
      places.some((place) => Math.abs(place.lat - lat!) <= borderReach.lat && Math.abs(place.lon - lon!) <= borderReach.lon),
    ) as [number, number][];
}

/**
 * Where the cities, the points and the border go on a map of the given size.
 * @example regionMapLayout(cities, []).cities.find((c) => c.id === 'rybnik').x < regionMapLayout(cities, []).cities.find((c) => c.id === 'katowice').x // true
 */
export function regionMapLayout(
  cities: readonly MapPlace[],
  points: readonly MapPlace[] = [],
  options: RegionMapOptions = {},
): RegionMapLayout {
  const { width = 640, height = 440, padding = 48, border = true } = options;
  const places = [...cities, ...points];
  const near = border ? borderNear(places) : [];
  const projection = regionProjection([...places, ...near.map(([lon, lat]) => ({ lon, lat }))], width, height, padding);
  const place = (item: MapPlace): PlacedPlace => {
    const [x, y] = projection([item.lon, item.lat]) ?? [0, 0];
    return { ...item, x: round(x), y: round(y), anchor: x > width * 0.62 ? 'end' : 'start' };
  };
  let borderPath: string | undefined;
  let borderLabel: RegionMapLayout['borderLabel'];
  if (border && near.length > 0) {
    const lon = near.reduce((sum, [x]) => sum + x, 0) / near.length;
    const lat = Math.min(...near.map(([, y]) => y));
    const [x, y] = projection([lon, lat]) ?? [0, 0];
    borderLabel = { x: round(x), y: round(Math.min(height - 8, y + 22)) };
    projection.clipExtent([
      [0, 0],
      [width, height],
    ]);
    borderPath = geoPath(projection).digits(1)(polandCzechiaBorder()) ?? undefined;
    if (borderPath === '') borderPath = undefined;
  }
  return { width, height, cities: avoidLabelOverlap(cities.map(place)), points: points.map(place), border: borderPath, borderLabel };
}

/** The box a city's label takes, in user units, at the largest size it is drawn (phones: 24 units, bold). */
function labelBox(city: PlacedPlace, below: boolean): { left: number; right: number; top: number; bottom: number } {
  const width = city.label.length * 24 * 0.62;
  const left = city.anchor === 'end' ? city.x - 12 - width : city.x + 12;
  const top = below ? city.y + 6 : city.y - 8 - 24;
  return { left, right: left + width, top, bottom: top + 26 };
}

/**
 * Moves a label below its point where above it would overlap a label placed before it (cities from north to south),
 * so that close cities (Katowice and Jaworzno) stay readable.
 * @example avoidLabelOverlap([{ id: 'a', label: 'Katowice', x: 300, y: 100, anchor: 'start' }, { id: 'b', label: 'Jaworzno', x: 420, y: 120, anchor: 'end' }])[1].below // true
 */
export function avoidLabelOverlap(cities: readonly PlacedPlace[]): PlacedPlace[] {
  const placed: ReturnType<typeof labelBox>[] = [];
  const overlaps = (box: ReturnType<typeof labelBox>) =>
    placed.some((other) => box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom);
  const result = new Map<string, PlacedPlace>();
  for (const city of [...cities].sort((a, b) => a.y - b.y)) {
    const below = overlaps(labelBox(city, false)) && !overlaps(labelBox(city, true));
    placed.push(labelBox(city, below));
    result.set(city.id, below ? { ...city, below } : city);
  }
  return cities.map((city) => result.get(city.id)!);
}
