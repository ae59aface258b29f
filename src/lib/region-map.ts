/**
 * Layout of the region map drawn at build time as inline SVG (no tiles, no network): the six cities and
 * optional points (offers) on a conformal conic projection fitted to them, plus context: the Poland–Czechia border
 * from Natural Earth 1:50m (world-atlas), the Silesian Voivodeship's border, the rivers and Katowice Airport (`src/data/geo/context.geo.json`).
 * Used by `src/components/RegionMap.astro` and `src/components/CityLocator.astro`.
 */
import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import type { MultiLineString } from 'geojson';
import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json';
import contextData from '../data/geo/context.geo.json';
import { readMapContext, type MapContext, type RiverId } from './map-context';

/**
 * The map's colours that carry meaning, checked for contrast in `tests/unit/region-map.test.ts` (WCAG 2.1: 3:1 for lines
 * and marks against the map's background, 4.5:1 for the river names).
 */
export const mapColours = {
  background: '#f3f6f8',
  river: '#3b78b5',
  riverLabel: '#1d4e89',
  border: '#4d5761',
  regionBorder: '#8a3f7a',
  ink: '#073547',
} as const;

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
  /** SVG path data of the Silesian Voivodeship's border inside the frame (`undefined` without context or outside the frame). */
  regionBorder: string | undefined;
  /** The rivers that cross the frame, each with its label where there is room for one. */
  rivers: MapRiver[];
  /** Katowice Airport, with its label's place. */
  airport: (MapAnchor & { iata: string; label: MapLabel | undefined }) | undefined;
}

export interface MapAnchor {
  x: number;
  y: number;
}

/** A label's place: `x`, `y` are the text's anchor point and baseline, as SVG `<text>` takes them. */
export interface MapLabel extends MapAnchor {
  anchor: 'start' | 'middle' | 'end';
}

export interface MapRiver {
  id: RiverId;
  /** SVG path data, clipped to the frame. */
  path: string;
  label: (MapLabel & { text: string }) | undefined;
}

export interface RegionMapOptions {
  width?: number;
  height?: number;
  /** Space kept free around the places, for labels. */
  padding?: number;
  /** Draw the Poland–Czechia border (default true). */
  border?: boolean;
  /** Draw the rivers, the voivodeship border and the airport, and fit the airport into the frame (default true). */
  context?: boolean;
  /** The rivers' names in the page's language: a river with a name gets a label where it finds room. */
  riverNames?: Partial<Record<RiverId, string>>;
  /** Place a label (the IATA code) beside the airport (default false). */
  airportLabel?: boolean;
}

/**
 * A drawing coordinate to a tenth of a unit, as the map writes them.
 * @example roundToTenth(521.2 - 10) // 511.2 (not 511.20000000000005)
 */
export const roundToTenth = (value: number) => Math.round(value * 10) / 10;
const round = roundToTenth;

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

let mapContext: MapContext | undefined;
/** The context layers, read (and checked) once. */
function contextLayers(): MapContext {
  mapContext ??= readMapContext(contextData);
  return mapContext;
}

/** How far (in degrees) beyond the places' extent the airport may lie and still be fitted into the map. */
const airportReach = 0.5;

/**
 * The context without an airport far from the places (a map of another region keeps its own frame).
 * @example nearContext({ rivers: [], airport: { iata: 'KTW', lon: 19.08, lat: 50.47 } }, [{ lon: 14, lat: 52 }]).airport // undefined
 */
export function nearContext(context: MapContext, places: readonly { lat: number; lon: number }[]): MapContext {
  const { airport } = context;
  if (!airport || places.length === 0) return context;
  const lons = places.map((place) => place.lon);
  const lats = places.map((place) => place.lat);
  const near =
    airport.lon >= Math.min(...lons) - airportReach &&
    airport.lon <= Math.max(...lons) + airportReach &&
    airport.lat >= Math.min(...lats) - airportReach &&
    airport.lat <= Math.max(...lats) + airportReach;
  return near ? context : { ...context, airport: undefined };
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
 * Where the cities, the points and the context layers go on a map of the given size.
 * @example regionMapLayout(cities, []).cities.find((c) => c.id === 'rybnik').x < regionMapLayout(cities, []).cities.find((c) => c.id === 'katowice').x // true
 */
export function regionMapLayout(
  cities: readonly MapPlace[],
  points: readonly MapPlace[] = [],
  options: RegionMapOptions = {},
): RegionMapLayout {
  const { width = 640, height = 440, padding = 48, border = true, context = true, riverNames = {}, airportLabel = false } = options;
  const places = [...cities, ...points];
  const near = border ? borderNear(places) : [];
  const layers = context ? nearContext(contextLayers(), places) : { rivers: [], regionBorder: [], airport: undefined };
  const fitted = [...places, ...near.map(([lon, lat]) => ({ lon, lat })), ...(layers.airport ? [layers.airport] : [])];
  const projection = regionProjection(fitted, width, height, padding);
  const at = (lon: number, lat: number): MapAnchor => {
    const [x, y] = projection([lon, lat]) ?? [0, 0];
    return { x: round(x), y: round(y) };
  };
  const place = (item: MapPlace): PlacedPlace => {
    const { x, y } = at(item.lon, item.lat);
    return { ...item, x, y, anchor: x > width * 0.62 ? 'end' : 'start' };
  };
  let borderLabel: RegionMapLayout['borderLabel'];
  if (border && near.length > 0) {
    const lon = near.reduce((sum, [x]) => sum + x, 0) / near.length;
    const lat = Math.min(...near.map(([, y]) => y));
    const { x, y } = at(lon, lat);
    borderLabel = { x, y: round(Math.min(height - 8, y + 22)) };
  }
  const airportAt = layers.airport ? at(layers.airport.lon, layers.airport.lat) : undefined;
  const placedPoints = points.map(place);
  const marks: Box[] = [
    ...placedPoints.map((point) => around(point, 16)),
    ...(airportAt ? [around(airportAt, airportRadius)] : []),
    ...(borderLabel ? [textBox({ ...borderLabel, anchor: 'middle' }, 10, 23, 0.5)] : []),
  ];
  const frame = { left: 4, top: 4, right: width - 4, bottom: height - 4 };
  const placedCities = avoidLabelOverlap(cities.map(place), marks, frame);
  const taken: Box[] = [...marks, ...placedCities.flatMap((city) => [around(city, 9), labelBox(city, city.below === true)])];

  let airport: RegionMapLayout['airport'];
  if (layers.airport && airportAt) {
    const label = airportLabel ? airportLabelPlace(airportAt, layers.airport.iata, frame, taken) : undefined;
    if (label) taken.push(textBox(label, layers.airport.iata.length, 23, 0.68));
    airport = { ...airportAt, iata: layers.airport.iata, label };
  }

  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection).digits(1);
  let borderPath = border && near.length > 0 ? (path(polandCzechiaBorder()) ?? undefined) : undefined;
  if (borderPath === '') borderPath = undefined;
  const regionBorder =
    layers.regionBorder.length > 0 ? path({ type: 'MultiLineString', coordinates: layers.regionBorder }) || undefined : undefined;
  const rivers: MapRiver[] = [];
  for (const river of layers.rivers) {
    const d = path({ type: 'MultiLineString', coordinates: river.lines });
    if (!d) continue;
    const name = riverNames[river.id];
    const label = name
      ? riverLabelPlace(
          river.lines.map((line) => line.map(([lon, lat]) => at(lon, lat))),
          name,
          frame,
          taken,
        )
      : undefined;
    if (label && name) taken.push(textBox(label, name.length, 23, 0.55));
    rivers.push({ id: river.id, path: d, label: label && name ? { ...label, text: name } : undefined });
  }
  return { width, height, cities: placedCities, points: placedPoints, border: borderPath, borderLabel, regionBorder, rivers, airport };
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Half the size of the airport's mark (a plane in a disc), in user units. */
const airportRadius = 15;

const around = ({ x, y }: MapAnchor, radius: number): Box => ({ left: x - radius, right: x + radius, top: y - radius, bottom: y + radius });

const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const inside = (box: Box, frame: Box) =>
  box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom;

/** The box a text takes at `size` user units (the phone size, the largest drawn), with a glyph width of `em` × size. */
function textBox(label: MapLabel, characters: number, size: number, em: number): Box {
  const width = characters * size * em;
  const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
  return { left, right: left + width, top: label.y - size, bottom: label.y + size * 0.25 };
}

/**
 * The airport's label beside its mark: right, left, below or above it, the first that stays in the frame and clear of what is drawn.
 * @example airportLabelPlace({ x: 100, y: 100 }, 'KTW', { left: 0, top: 0, right: 640, bottom: 440 }, []) // { x: 120, y: 108, anchor: 'start' }
 */
export function airportLabelPlace(at: MapAnchor, text: string, frame: Box, taken: readonly Box[]): MapLabel | undefined {
  const gap = airportRadius + 5;
  const candidates: MapLabel[] = [
    { x: at.x + gap, y: at.y + 8, anchor: 'start' },
    { x: at.x - gap, y: at.y + 8, anchor: 'end' },
    { x: at.x, y: at.y + gap + 20, anchor: 'middle' },
    { x: at.x, y: at.y - gap, anchor: 'middle' },
  ];
  return candidates.find((label) => {
    const box = textBox(label, text.length, 23, 0.68);
    return inside(box, frame) && !taken.some((other) => overlap(box, other));
  });
}

/**
 * A place for a river's name along its course, as near the middle of the part in the frame as there is room:
 * above or below a stretch that runs across, beside one that runs down. Undefined where the name fits nowhere.
 * @example riverLabelPlace([[{ x: 0, y: 200 }, { x: 640, y: 200 }]], 'Wisła', { left: 0, top: 0, right: 640, bottom: 440 }, [])?.anchor // 'middle'
 */
export function riverLabelPlace(lines: readonly MapAnchor[][], name: string, frame: Box, taken: readonly Box[]): MapLabel | undefined {
  const step = 10;
  const samples: (MapAnchor & { across: boolean })[] = [];
  for (const line of lines)
    for (let index = 1; index < line.length; index++) {
      const a = line[index - 1]!;
      const b = line[index]!;
      const across = Math.abs(b.x - a.x) >= Math.abs(b.y - a.y);
      const count = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / step));
      for (let k = 0; k < count; k++) {
        const sample = { x: a.x + ((b.x - a.x) * k) / count, y: a.y + ((b.y - a.y) * k) / count, across };
        if (sample.x >= frame.left && sample.x <= frame.right && sample.y >= frame.top && sample.y <= frame.bottom) samples.push(sample);
      }
    }
  if (samples.length === 0) return undefined;
  const middle = samples[Math.floor(samples.length / 2)]!;
  const byDistance = [...samples].sort((a, b) => Math.hypot(a.x - middle.x, a.y - middle.y) - Math.hypot(b.x - middle.x, b.y - middle.y));
  for (const sample of byDistance) {
    const candidates: MapLabel[] = sample.across
      ? [
          { x: sample.x, y: sample.y - 8, anchor: 'middle' },
          { x: sample.x, y: sample.y + 26, anchor: 'middle' },
        ]
      : [
          { x: sample.x + 8, y: sample.y + 8, anchor: 'start' },
          { x: sample.x - 8, y: sample.y + 8, anchor: 'end' },
        ];
    const found = candidates.find((label) => {
      const box = textBox(label, name.length, 23, 0.55);
      return inside(box, frame) && !taken.some((other) => overlap(box, other));
    });
    if (found) return { x: round(found.x), y: round(found.y), anchor: found.anchor };
  }
  return undefined;
}

/** The box a city's label takes, in user units, at the largest size it is drawn (phones: 24 units, bold). */
function labelBox(city: PlacedPlace, below: boolean): Box {
  const width = city.label.length * 24 * 0.62;
  const left = city.anchor === 'end' ? city.x - 12 - width : city.x + 12;
  const top = below ? city.y + 6 : city.y - 8 - 24;
  return { left, right: left + width, top, bottom: top + 26 };
}

/**
 * Places each city's label (cities from north to south) above its point on its usual side, else above it on the other
 * side, else below it (usual side first): the first of these that covers no label placed before it, no city's point and none of the `marks` (offers, the airport)
 * and, with a `frame`, stays inside it; so that close cities (Katowice, Jaworzno, Tychy) stay readable.
 * @example avoidLabelOverlap([{ id: 'a', label: 'Katowice', x: 300, y: 100, anchor: 'start' }, { id: 'b', label: 'Jaworzno', x: 420, y: 120, anchor: 'end' }])[1].anchor // 'start'
 */
export function avoidLabelOverlap(cities: readonly PlacedPlace[], marks: readonly Box[] = [], frame?: Box): PlacedPlace[] {
  const placed: Box[] = [...marks, ...cities.map((city) => around(city, 9))];
  const fits = (box: Box) => (!frame || inside(box, frame)) && !placed.some((other) => overlap(box, other));
  const result = new Map<string, PlacedPlace>();
  for (const city of [...cities].sort((a, b) => a.y - b.y)) {
    const flipped = city.anchor === 'end' ? 'start' : 'end';
    const candidates = [
      { anchor: city.anchor, below: false },
      { anchor: flipped, below: false },
      { anchor: city.anchor, below: true },
      { anchor: flipped, below: true },
    ] as const;
    const choice = candidates.find((candidate) => fits(labelBox({ ...city, anchor: candidate.anchor }, candidate.below))) ?? candidates[0];
    placed.push(labelBox({ ...city, anchor: choice.anchor }, choice.below));
    const { below: _, ...rest } = city;
    result.set(city.id, { ...rest, anchor: choice.anchor, ...(choice.below ? { below: true } : {}) });
  }
  return cities.map((city) => result.get(city.id)!);
}
