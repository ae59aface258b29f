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
  const centre = (Math.min(...lons) + Math.max(...lons)) / 2;
  return geoConicConformal()
    .parallels([49.5, 50.5])
    .rotate([-centre, 0])
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      { type: 'MultiPoint', coordinates: places.map((place) => [place.lon, place.lat]) },
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
  return { width, height, cities: cities.map(place), points: points.map(place), border: borderPath, borderLabel };
}
