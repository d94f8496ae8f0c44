/**
 * Places of the shared seeded world (Maps shows them; Chrome pages and other
 * apps may mention them). Fixed facts, so benchmark tasks can ask for them:
 * a place's phone, address, rating and weekly opening hours.
 */

export interface Place {
  id: string;
  name: string;
  /** Shown under the name ("Café", "Museum"...). */
  category: string;
  /** Search words beyond name and category. */
  tags: string[];
  rating: number;
  reviews: number;
  address: string;
  phone: string;
  website: string;
  /** Sunday first; "Closed" or "HH:MM–HH:MM" (24 h). */
  hours: [string, string, string, string, string, string, string];
  /** Straight-line distance from "Your location", km. */
  distanceKm: number;
  description: string;
  /** Price level 1-4 for food places, 0 otherwise. */
  priceLevel: number;
}

const week = (weekday: string, sat: string, sun: string): Place['hours'] => [
  sun,
  weekday,
  weekday,
  weekday,
  weekday,
  weekday,
  sat,
];

export const PLACES: Place[] = [
  {
    id: 'bluebird-cafe',
    name: 'Bluebird Café',
    category: 'Café',
    tags: ['coffee', 'breakfast', 'pastries', 'wifi'],
    rating: 4.6,
    reviews: 812,
    address: '214 Market Street, Riverside',
    phone: '+1 555-0142',
    website: 'bluebirdcafe.example.com',
    hours: week('07:00–18:00', '08:00–18:00', '08:00–15:00'),
    distanceKm: 0.6,
    description: 'Small roastery café known for its cardamom buns and single-origin pour-overs.',
    priceLevel: 1,
  },
  {
    id: 'morning-grind',
    name: 'Morning Grind Coffee',
    category: 'Coffee shop',
    tags: ['coffee', 'espresso', 'takeaway'],
    rating: 4.2,
    reviews: 356,
    address: '9 Station Road, Riverside',
    phone: '+1 555-0178',
    website: 'morninggrind.example.com',
    hours: week('06:30–16:00', '07:30–16:00', 'Closed'),
    distanceKm: 1.1,
    description: 'Commuter coffee bar next to Riverside Station with a quick espresso counter.',
    priceLevel: 1,
  },
  {
    id: 'copper-kettle',
    name: 'The Copper Kettle',
    category: 'Tea room',
    tags: ['tea', 'cakes', 'coffee', 'brunch'],
    rating: 4.4,
    reviews: 198,
    address: '37 Mill Lane, Riverside',
    phone: '+1 555-0119',
    website: 'copperkettle.example.com',
    hours: week('09:00–17:30', '09:00–18:00', '10:00–17:00'),
    distanceKm: 2.3,
    description: 'Victorian tea room serving scones, loose-leaf teas and weekend brunch.',
    priceLevel: 2,
  },
  {
    id: 'city-art-museum',
    name: 'City Art Museum',
    category: 'Art museum',
    tags: ['museum', 'art', 'gallery', 'exhibitions'],
    rating: 4.7,
    reviews: 5120,
    address: '1 Museum Square, Riverside',
    phone: '+1 555-0100',
    website: 'cityartmuseum.example.org',
    hours: ['10:00–18:00', 'Closed', '10:00–18:00', '10:00–18:00', '10:00–21:00', '10:00–18:00', '10:00–18:00'],
    distanceKm: 1.8,
    description: 'Collection of European and American art from 1400 to today; late opening on Thursdays.',
    priceLevel: 0,
  },
  {
    id: 'natural-history-museum',
    name: 'Riverside Natural History Museum',
    category: 'Museum',
    tags: ['museum', 'dinosaurs', 'science', 'kids'],
    rating: 4.8,
    reviews: 7433,
    address: '50 Park Avenue, Riverside',
    phone: '+1 555-0107',
    website: 'rnhm.example.org',
    hours: week('09:30–17:30', '09:30–19:00', '09:30–17:30'),
    distanceKm: 2.9,
    description: 'Dinosaur hall with a full Tyrannosaurus skeleton, gem gallery and planetarium shows.',
    priceLevel: 0,
  },
  {
    id: 'science-center',
    name: 'Discovery Science Center',
    category: 'Science museum',
    tags: ['museum', 'science', 'kids', 'planetarium'],
    rating: 4.5,
    reviews: 2210,
    address: '400 Harbor Drive, Riverside',
    phone: '+1 555-0133',
    website: 'discoveryscience.example.org',
    hours: ['10:00–17:00', 'Closed', 'Closed', '10:00–17:00', '10:00–17:00', '10:00–17:00', '09:00–18:00'],
    distanceKm: 4.2,
    description: 'Hands-on science exhibits, a wind tunnel and a 3D cinema; closed Mondays and Tuesdays.',
    priceLevel: 0,
  },
  {
    id: 'riverside-park',
    name: 'Riverside Park',
    category: 'Park',
    tags: ['park', 'playground', 'running', 'picnic'],
    rating: 4.6,
    reviews: 3891,
    address: 'Riverside Embankment, Riverside',
    phone: '+1 555-0160',
    website: 'parks.riverside.example.gov',
    hours: week('06:00–22:00', '06:00–22:00', '06:00–22:00'),
    distanceKm: 0.9,
    description: '3 km riverside trail, rose garden and an adventure playground.',
    priceLevel: 0,
  },
  {
    id: 'botanical-garden',
    name: 'Hillcrest Botanical Garden',
    category: 'Botanical garden',
    tags: ['park', 'garden', 'greenhouse', 'flowers'],
    rating: 4.7,
    reviews: 1604,
    address: '12 Hillcrest Road, Riverside',
    phone: '+1 555-0165',
    website: 'hillcrestgarden.example.org',
    hours: week('08:00–19:00', '08:00–19:00', '09:00–18:00'),
    distanceKm: 5.5,
    description: 'Palm house, Japanese garden and 4,000 plant species on 20 hectares.',
    priceLevel: 0,
  },
  {
    id: 'oak-hollow-park',
    name: 'Oak Hollow Park',
    category: 'Park',
    tags: ['park', 'dog park', 'tennis'],
    rating: 4.3,
    reviews: 622,
    address: '88 Oak Street, Riverside',
    phone: '+1 555-0161',
    website: 'parks.riverside.example.gov',
    hours: week('07:00–21:00', '07:00–21:00', '07:00–21:00'),
    distanceKm: 3.4,
    description: 'Neighbourhood park with tennis courts and a fenced dog area.',
    priceLevel: 0,
  },
  {
    id: 'trattoria-luca',
    name: 'Trattoria Luca',
    category: 'Italian restaurant',
    tags: ['restaurant', 'pizza', 'pasta', 'dinner'],
    rating: 4.5,
    reviews: 1240,
    address: '61 Bridge Street, Riverside',
    phone: '+1 555-0125',
    website: 'trattorialuca.example.com',
    hours: ['12:00–22:00', 'Closed', '17:00–22:00', '17:00–22:00', '17:00–22:00', '12:00–23:00', '12:00–23:00'],
    distanceKm: 1.4,
    description: 'Family-run trattoria with wood-fired pizza and fresh pasta made every morning.',
    priceLevel: 2,
  },
  {
    id: 'sakura-sushi',
    name: 'Sakura Sushi Bar',
    category: 'Japanese restaurant',
    tags: ['restaurant', 'sushi', 'ramen', 'dinner', 'lunch'],
    rating: 4.4,
    reviews: 887,
    address: '5 Lantern Alley, Riverside',
    phone: '+1 555-0131',
    website: 'sakurasushi.example.com',
    hours: week('11:30–22:00', '12:00–22:30', '12:00–21:00'),
    distanceKm: 2.0,
    description: 'Conveyor-belt sushi and tonkotsu ramen; lunch sets until 15:00.',
    priceLevel: 2,
  },
  {
    id: 'green-table',
    name: 'The Green Table',
    category: 'Vegetarian restaurant',
    tags: ['restaurant', 'vegan', 'vegetarian', 'brunch', 'lunch'],
    rating: 4.6,
    reviews: 540,
    address: '23 Elm Row, Riverside',
    phone: '+1 555-0148',
    website: 'greentable.example.com',
    hours: week('11:00–21:00', '10:00–21:00', '10:00–16:00'),
    distanceKm: 1.7,
    description: 'Seasonal vegetarian plates and the best lentil burger in town.',
    priceLevel: 2,
  },
  {
    id: 'harbor-grill',
    name: 'Harbor Grill',
    category: 'Seafood restaurant',
    tags: ['restaurant', 'fish', 'seafood', 'dinner'],
    rating: 4.1,
    reviews: 1733,
    address: '2 Pier Road, Riverside',
    phone: '+1 555-0139',
    website: 'harborgrill.example.com',
    hours: week('12:00–22:30', '12:00–23:00', '12:00–21:00'),
    distanceKm: 4.0,
    description: 'Grilled fish and oysters with a terrace over the harbour.',
    priceLevel: 3,
  },
  {
    id: 'taco-loco',
    name: 'Taco Loco',
    category: 'Mexican restaurant',
    tags: ['restaurant', 'tacos', 'burritos', 'lunch', 'takeaway'],
    rating: 4.3,
    reviews: 960,
    address: '140 Market Street, Riverside',
    phone: '+1 555-0154',
    website: 'tacoloco.example.com',
    hours: week('11:00–23:00', '11:00–01:00', '12:00–22:00'),
    distanceKm: 0.7,
    description: 'Street tacos, burritos and horchata; open late on Saturdays.',
    priceLevel: 1,
  },
  {
    id: 'central-library',
    name: 'Riverside Central Library',
    category: 'Library',
    tags: ['library', 'books', 'study', 'wifi'],
    rating: 4.5,
    reviews: 410,
    address: '77 King Street, Riverside',
    phone: '+1 555-0111',
    website: 'library.riverside.example.gov',
    hours: week('09:00–20:00', '10:00–17:00', 'Closed'),
    distanceKm: 1.2,
    description: 'Five floors of books, free Wi-Fi and study rooms you can book online.',
    priceLevel: 0,
  },
  {
    id: 'game-vault',
    name: 'The Game Vault',
    category: 'Board game store',
    tags: ['shopping', 'board games', 'games', 'cafe'],
    rating: 4.8,
    reviews: 305,
    address: '18 Bridge Street, Riverside',
    phone: '+1 555-0188',
    website: 'gamevault.example.com',
    hours: week('11:00–20:00', '10:00–22:00', '12:00–18:00'),
    distanceKm: 1.5,
    description: 'Board game shop and play café with over 600 games in its library.',
    priceLevel: 1,
  },
  {
    id: 'riverside-market',
    name: 'Riverside Farmers Market',
    category: 'Market',
    tags: ['shopping', 'market', 'food', 'groceries'],
    rating: 4.6,
    reviews: 1290,
    address: 'Old Town Square, Riverside',
    phone: '+1 555-0170',
    website: 'riversidemarket.example.org',
    hours: ['08:00–13:00', 'Closed', 'Closed', 'Closed', 'Closed', 'Closed', '08:00–14:00'],
    distanceKm: 1.0,
    description: 'Weekend market with 80 local farmers, bakers and cheesemakers.',
    priceLevel: 0,
  },
  {
    id: 'central-station',
    name: 'Riverside Central Station',
    category: 'Train station',
    tags: ['train', 'station', 'transit'],
    rating: 3.9,
    reviews: 2780,
    address: '1 Station Road, Riverside',
    phone: '+1 555-0199',
    website: 'rail.example.com',
    hours: week('04:30–01:00', '05:00–01:00', '06:00–00:00'),
    distanceKm: 1.1,
    description: 'Main railway station with trains to the airport every 15 minutes.',
    priceLevel: 0,
  },
];

export function placeById(id: string): Place | undefined {
  return PLACES.find((p) => p.id === id);
}

/** Places whose name, category or tags contain every word of the query (case-insensitive). */
export function searchPlaces(query: string): Place[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const hay = (p: Place): string => [p.name, p.category, ...p.tags, p.address].join(' ').toLowerCase();
  const stem = (w: string): string => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w);
  return PLACES.filter((p) => words.every((w) => hay(p).includes(stem(w)))).sort((a, b) => a.distanceKm - b.distanceKm);
}

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function dayName(day: number): string {
  return DAY_NAMES[day]!;
}

function minutes(hm: string): number {
  const [h, m] = hm.split(':').map(Number);
  return h! * 60 + m!;
}

/** "Open · Closes 18:00", "Closed · Opens 10:00", "Closed today" at the phone's time (UTC fields = local). */
export function openStatus(p: Place, nowMs: number): string {
  const d = new Date(nowMs);
  const today = p.hours[d.getUTCDay()]!;
  if (today === 'Closed') return 'Closed today';
  const [open, close] = today.split('–') as [string, string];
  const now = d.getUTCHours() * 60 + d.getUTCMinutes();
  let end = minutes(close);
  if (end <= minutes(open)) end += 24 * 60;
  if (now < minutes(open)) return `Closed · Opens ${open}`;
  if (now >= end) return 'Closed';
  return `Open · Closes ${close}`;
}

/** Travel minutes by mode, from the straight-line distance. */
export function travelMinutes(p: Place, mode: 'driving' | 'transit' | 'walking' | 'cycling'): number {
  const km = p.distanceKm;
  if (mode === 'driving') return Math.round(km * 2.4 + 3);
  if (mode === 'transit') return Math.round(km * 4 + 7);
  if (mode === 'cycling') return Math.round(km * 4.2 + 1);
  return Math.max(1, Math.round(km * 12.5));
}
