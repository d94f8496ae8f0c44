/**
 * Products of the shared seeded world (the Shopping app sells them; Chrome
 * pages may mention them). Prices are in cents so totals stay exact.
 */

export interface Product {
  id: string;
  name: string;
  category: string;
  priceCents: number;
  rating: number;
  reviews: number;
  brand: string;
  description: string;
  /** Search words beyond name, brand and category. */
  tags: string[];
}

export const CATEGORIES = ['Board games', 'Headphones', 'Books', 'Kitchen', 'Toys', 'Outdoor'] as const;

export const PRODUCTS: Product[] = [
  {
    id: 'catan',
    name: 'Catan',
    category: 'Board games',
    priceCents: 4499,
    rating: 4.7,
    reviews: 18234,
    brand: 'Catan Studio',
    description: 'Trade, build and settle the island of Catan. 3-4 players, ages 10+, 60-90 minutes.',
    tags: ['board game', 'strategy', 'family', 'settlers'],
  },
  {
    id: 'catan-seafarers',
    name: 'Catan: Seafarers Expansion',
    category: 'Board games',
    priceCents: 3999,
    rating: 4.6,
    reviews: 4120,
    brand: 'Catan Studio',
    description: 'Sail to new islands with ships and gold rivers. Requires the Catan base game.',
    tags: ['board game', 'expansion', 'strategy'],
  },
  {
    id: 'ticket-to-ride',
    name: 'Ticket to Ride',
    category: 'Board games',
    priceCents: 4799,
    rating: 4.8,
    reviews: 21011,
    brand: 'Days of Wonder',
    description: 'Collect train cards and claim railway routes across North America. 2-5 players, ages 8+.',
    tags: ['board game', 'family', 'trains'],
  },
  {
    id: 'carcassonne',
    name: 'Carcassonne',
    category: 'Board games',
    priceCents: 2999,
    rating: 4.7,
    reviews: 9876,
    brand: 'Z-Man Games',
    description: 'Place tiles to build a medieval landscape of cities, roads and fields. 2-5 players.',
    tags: ['board game', 'tile', 'family'],
  },
  {
    id: 'pandemic',
    name: 'Pandemic',
    category: 'Board games',
    priceCents: 3599,
    rating: 4.7,
    reviews: 11540,
    brand: 'Z-Man Games',
    description: 'Work together to stop four diseases spreading around the world. Cooperative, 2-4 players.',
    tags: ['board game', 'cooperative', 'strategy'],
  },
  {
    id: 'azul',
    name: 'Azul',
    category: 'Board games',
    priceCents: 3299,
    rating: 4.8,
    reviews: 8802,
    brand: 'Next Move Games',
    description: 'Draft colourful tiles to decorate the walls of the Royal Palace of Evora. 2-4 players.',
    tags: ['board game', 'abstract', 'family'],
  },
  {
    id: 'wingspan',
    name: 'Wingspan',
    category: 'Board games',
    priceCents: 5499,
    rating: 4.8,
    reviews: 7311,
    brand: 'Stonemaier Games',
    description: 'Attract birds to your wildlife preserves in this engine-building game. 1-5 players.',
    tags: ['board game', 'birds', 'strategy'],
  },
  {
    id: 'codenames',
    name: 'Codenames',
    category: 'Board games',
    priceCents: 1999,
    rating: 4.8,
    reviews: 25420,
    brand: 'Czech Games Edition',
    description: 'Give one-word clues to help your team find their secret agents. 2-8+ players, party game.',
    tags: ['board game', 'party', 'word'],
  },
  {
    id: 'splendor',
    name: 'Splendor',
    category: 'Board games',
    priceCents: 3499,
    rating: 4.7,
    reviews: 6040,
    brand: 'Space Cowboys',
    description: 'Collect gems, buy mines and attract nobles as a Renaissance merchant. 2-4 players.',
    tags: ['board game', 'strategy', 'family'],
  },
  {
    id: 'dixit',
    name: 'Dixit',
    category: 'Board games',
    priceCents: 2899,
    rating: 4.7,
    reviews: 5530,
    brand: 'Libellud',
    description: 'Tell a story about a dreamlike picture card and guess the others. 3-8 players.',
    tags: ['board game', 'party', 'storytelling'],
  },
  {
    id: 'monopoly',
    name: 'Monopoly Classic',
    category: 'Board games',
    priceCents: 2199,
    rating: 4.5,
    reviews: 30120,
    brand: 'Hasbro',
    description: 'Buy, sell and trade properties to bankrupt your opponents. 2-6 players, ages 8+.',
    tags: ['board game', 'family', 'classic'],
  },
  {
    id: 'soundwave-anc',
    name: 'SoundWave ANC Wireless Headphones',
    category: 'Headphones',
    priceCents: 19999,
    rating: 4.5,
    reviews: 3402,
    brand: 'SoundWave',
    description: 'Over-ear Bluetooth headphones with active noise cancelling and 30-hour battery life.',
    tags: ['headphones', 'bluetooth', 'noise cancelling', 'wireless'],
  },
  {
    id: 'pulse-buds',
    name: 'Pulse Buds True Wireless Earbuds',
    category: 'Headphones',
    priceCents: 7999,
    rating: 4.3,
    reviews: 5120,
    brand: 'Pulse',
    description: 'In-ear earbuds with charging case, 24 hours total playback and IPX4 water resistance.',
    tags: ['earbuds', 'headphones', 'bluetooth', 'wireless'],
  },
  {
    id: 'studio-monitor',
    name: 'Studio Monitor Wired Headphones',
    category: 'Headphones',
    priceCents: 8999,
    rating: 4.6,
    reviews: 2870,
    brand: 'AudioPro',
    description: 'Closed-back wired studio headphones with a 3 m coiled cable.',
    tags: ['headphones', 'wired', 'studio'],
  },
  {
    id: 'kids-headphones',
    name: 'Kids Volume-Limited Headphones',
    category: 'Headphones',
    priceCents: 2499,
    rating: 4.4,
    reviews: 1990,
    brand: 'Pulse',
    description: 'Lightweight headphones limited to 85 dB for young ears. Blue.',
    tags: ['headphones', 'kids', 'wired'],
  },
  {
    id: 'sapiens',
    name: 'Sapiens: A Brief History of Humankind',
    category: 'Books',
    priceCents: 1899,
    rating: 4.7,
    reviews: 98120,
    brand: 'Harper',
    description: 'Paperback, 464 pages. How Homo sapiens came to dominate the world.',
    tags: ['book', 'history', 'paperback'],
  },
  {
    id: 'salt-fat-acid-heat',
    name: 'Salt, Fat, Acid, Heat',
    category: 'Books',
    priceCents: 2799,
    rating: 4.8,
    reviews: 12033,
    brand: 'Simon & Schuster',
    description: 'Hardcover cookbook, 480 pages, with illustrations. Master the four elements of good cooking.',
    tags: ['book', 'cookbook', 'cooking', 'hardcover'],
  },
  {
    id: 'project-hail-mary',
    name: 'Project Hail Mary',
    category: 'Books',
    priceCents: 1599,
    rating: 4.8,
    reviews: 67012,
    brand: 'Ballantine',
    description: 'Paperback science fiction novel, 496 pages.',
    tags: ['book', 'novel', 'science fiction', 'paperback'],
  },
  {
    id: 'french-press',
    name: 'Glass French Press 1 L',
    category: 'Kitchen',
    priceCents: 3499,
    rating: 4.6,
    reviews: 4301,
    brand: 'BrewCo',
    description: 'Borosilicate glass coffee press, 8 cups, stainless steel filter.',
    tags: ['coffee', 'kitchen', 'french press'],
  },
  {
    id: 'chef-knife',
    name: "Chef's Knife 8 inch",
    category: 'Kitchen',
    priceCents: 5999,
    rating: 4.7,
    reviews: 3880,
    brand: 'Edgewell',
    description: 'German stainless steel chef knife with a full-tang handle.',
    tags: ['knife', 'kitchen', 'cooking'],
  },
  {
    id: 'cast-iron-pan',
    name: 'Cast Iron Skillet 12 inch',
    category: 'Kitchen',
    priceCents: 3999,
    rating: 4.8,
    reviews: 15210,
    brand: 'Ironworks',
    description: 'Pre-seasoned cast iron pan for stove, oven and campfire.',
    tags: ['pan', 'skillet', 'kitchen', 'cooking'],
  },
  {
    id: 'lego-city-train',
    name: 'LEGO City Passenger Train',
    category: 'Toys',
    priceCents: 12999,
    rating: 4.8,
    reviews: 2311,
    brand: 'LEGO',
    description: 'Remote-controlled train set with 764 pieces, ages 7+.',
    tags: ['lego', 'toy', 'train', 'kids'],
  },
  {
    id: 'rubiks-cube',
    name: "Rubik's Cube 3x3",
    category: 'Toys',
    priceCents: 1099,
    rating: 4.6,
    reviews: 40223,
    brand: 'Rubik’s',
    description: 'The original 3x3 puzzle cube.',
    tags: ['puzzle', 'toy', 'cube'],
  },
  {
    id: 'jigsaw-1000',
    name: 'Mountain Lake Jigsaw Puzzle 1000 pieces',
    category: 'Toys',
    priceCents: 1799,
    rating: 4.5,
    reviews: 1420,
    brand: 'Puzzlecraft',
    description: '1000-piece jigsaw, finished size 70 x 50 cm.',
    tags: ['puzzle', 'jigsaw', 'toy'],
  },
  {
    id: 'camping-tent',
    name: '2-Person Camping Tent',
    category: 'Outdoor',
    priceCents: 11999,
    rating: 4.4,
    reviews: 2730,
    brand: 'TrailPeak',
    description: 'Waterproof dome tent, 2.1 kg, sets up in 5 minutes.',
    tags: ['tent', 'camping', 'outdoor'],
  },
  {
    id: 'water-bottle',
    name: 'Insulated Water Bottle 750 ml',
    category: 'Outdoor',
    priceCents: 2999,
    rating: 4.7,
    reviews: 8330,
    brand: 'TrailPeak',
    description: 'Keeps drinks cold for 24 hours or hot for 12. Stainless steel.',
    tags: ['bottle', 'outdoor', 'hiking'],
  },
  {
    id: 'hiking-backpack',
    name: 'Hiking Backpack 30 L',
    category: 'Outdoor',
    priceCents: 8499,
    rating: 4.6,
    reviews: 1650,
    brand: 'TrailPeak',
    description: 'Lightweight daypack with rain cover and hydration sleeve.',
    tags: ['backpack', 'hiking', 'outdoor'],
  },
];

export function productById(id: string): Product | undefined {
  return PRODUCTS.find((p) => p.id === id);
}

/** "$44.99" */
export function formatPrice(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}$${Math.floor(abs / 100).toLocaleString('en-US')}.${String(abs % 100).padStart(2, '0')}`;
}

/** Products whose name, brand, category or tags contain every query word; name matches first. */
export function searchProducts(query: string): Product[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const stem = (w: string): string => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w);
  const hay = (p: Product): string => [p.name, p.brand, p.category, ...p.tags].join(' ').toLowerCase();
  const hits = PRODUCTS.filter((p) => words.every((w) => hay(p).includes(stem(w))));
  const inName = (p: Product): number => (words.every((w) => p.name.toLowerCase().includes(stem(w))) ? 0 : 1);
  return hits.sort((a, b) => inName(a) - inName(b) || b.reviews - a.reviews);
}
