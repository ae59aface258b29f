import { describe, expect, it } from 'vitest';
import { avoidLabelOverlap, borderNear, regionMapLayout } from '../../src/lib/region-map';

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

  it('anchors labels on the right-hand side to the left of their point', () => {
    expect(at('jaworzno').anchor).toBe('end');
    expect(at('rybnik').anchor).toBe('start');
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

  it('moves a label below its point when above it would cover a label to its north', () => {
    const [katowice, jaworzno] = avoidLabelOverlap([
      place('katowice', 'Katowice', 300, 100, 'start'),
      place('jaworzno', 'Jaworzno', 420, 120, 'end'),
    ]);
    expect(katowice!.below).toBeUndefined();
    expect(jaworzno!.below).toBe(true);
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
