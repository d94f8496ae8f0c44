/**
 * The small offline web Chrome browses: pages with facts (city populations,
 * museum hours, recipes, event dates), links between them, and a search
 * engine over them. Museum and shop pages take their facts from places.ts and
 * products.ts so that apps agree with each other.
 */
import { placeById, dayName, type Place } from './places.ts';
import { formatPrice, productById } from './products.ts';

export interface WebPage {
  url: string;
  title: string;
  /** One line shown under the title in search results. */
  snippet: string;
  paragraphs: string[];
  /** URLs of other pages this one links to. */
  links: string[];
  keywords: string[];
}

function hoursLines(p: Place): string[] {
  return [1, 2, 3, 4, 5, 6, 0].map((d) => `${dayName(d)}: ${p.hours[d] === 'Closed' ? 'Closed' : p.hours[d]}`);
}

function placePage(id: string, url: string, extra: string[], links: string[], keywords: string[]): WebPage {
  const p = placeById(id)!;
  return {
    url,
    title: `${p.name} – Opening hours and visitor information`,
    snippet: `${p.description} ${p.address}.`,
    paragraphs: [
      p.description,
      `Address: ${p.address}. Phone: ${p.phone}.`,
      'Opening hours:',
      ...hoursLines(p),
      ...extra,
    ],
    links,
    keywords: [...keywords, ...p.tags, 'opening hours', 'hours', 'visit'],
  };
}

const price = (id: string): string => formatPrice(productById(id)!.priceCents);

export const PAGES: WebPage[] = [
  {
    url: 'https://en.wikipedia.example.org/wiki/Lisbon',
    title: 'Lisbon – Wikipedia',
    snippet: 'Lisbon is the capital and largest city of Portugal, with a population of 545,796 within its city limits.',
    paragraphs: [
      'Lisbon is the capital and largest city of Portugal.',
      'Population (2021 census): 545,796 in the city proper; about 2.9 million in the metropolitan area.',
      'Area: 100.05 km². Elevation: 2 m to 227 m.',
      'Lisbon lies on the north bank of the Tagus estuary and is the westernmost capital of mainland Europe.',
      'Founded: about 1200 BC as a Phoenician trading post.',
    ],
    links: ['https://en.wikipedia.example.org/wiki/Oslo', 'https://travel.example.com/guides/europe-cities'],
    keywords: ['lisbon', 'portugal', 'population', 'city', 'capital'],
  },
  {
    url: 'https://en.wikipedia.example.org/wiki/Oslo',
    title: 'Oslo – Wikipedia',
    snippet: 'Oslo is the capital and most populous city of Norway, with 717,710 inhabitants in 2024.',
    paragraphs: [
      'Oslo is the capital and most populous city of Norway.',
      'Population (2024): 717,710 in the municipality; 1.1 million in the urban area.',
      'Area: 454 km². Founded in 1040 under the name Ánslo.',
      'The city sits at the end of the Oslofjord and is surrounded by forest and hills.',
    ],
    links: ['https://en.wikipedia.example.org/wiki/Lisbon', 'https://en.wikipedia.example.org/wiki/Kyoto'],
    keywords: ['oslo', 'norway', 'population', 'city', 'capital'],
  },
  {
    url: 'https://en.wikipedia.example.org/wiki/Kyoto',
    title: 'Kyoto – Wikipedia',
    snippet: 'Kyoto, the former imperial capital of Japan, has a population of 1,463,723.',
    paragraphs: [
      'Kyoto was the capital of Japan for over a thousand years, from 794 until 1868.',
      'Population (2020 census): 1,463,723.',
      'Area: 827.8 km². The city has 17 UNESCO World Heritage Sites, including Kinkaku-ji.',
      'Kyoto is 2 hours 15 minutes from Tokyo by Shinkansen.',
    ],
    links: ['https://en.wikipedia.example.org/wiki/Oslo', 'https://en.wikipedia.example.org/wiki/Montreal'],
    keywords: ['kyoto', 'japan', 'population', 'city', 'temples'],
  },
  {
    url: 'https://en.wikipedia.example.org/wiki/Montreal',
    title: 'Montreal – Wikipedia',
    snippet: 'Montreal is the largest city in Quebec and the second-most populous in Canada, with 1,762,949 people.',
    paragraphs: [
      'Montreal is the largest city in the province of Quebec, Canada.',
      'Population (2021 census): 1,762,949 in the city; 4.29 million in the metropolitan area.',
      'Area: 431.5 km². Official language: French.',
      'The city is named after Mount Royal, the triple-peaked hill at its centre.',
    ],
    links: ['https://en.wikipedia.example.org/wiki/Kyoto', 'https://en.wikipedia.example.org/wiki/Nairobi'],
    keywords: ['montreal', 'canada', 'quebec', 'population', 'city'],
  },
  {
    url: 'https://en.wikipedia.example.org/wiki/Nairobi',
    title: 'Nairobi – Wikipedia',
    snippet: 'Nairobi is the capital and largest city of Kenya, with a population of 4,397,073 in 2019.',
    paragraphs: [
      'Nairobi is the capital and largest city of Kenya.',
      'Population (2019 census): 4,397,073.',
      'Area: 696 km². Elevation: 1,795 m.',
      'Nairobi National Park, with lions and rhinos, lies just 7 km from the city centre.',
    ],
    links: ['https://en.wikipedia.example.org/wiki/Montreal', 'https://en.wikipedia.example.org/wiki/Riverside'],
    keywords: ['nairobi', 'kenya', 'population', 'city', 'capital'],
  },
  {
    url: 'https://en.wikipedia.example.org/wiki/Riverside',
    title: 'Riverside (town) – Wikipedia',
    snippet: 'Riverside is a market town of 84,312 people on the River Wend, known for its museums and weekend market.',
    paragraphs: [
      'Riverside is a market town on the River Wend.',
      'Population (2021 census): 84,312. Area: 38.6 km².',
      'Landmarks include the City Art Museum, the Riverside Natural History Museum, Riverside Park and the Old Town Square, home to the weekend farmers market.',
      'Riverside Central Station has trains to the airport every 15 minutes.',
    ],
    links: [
      'https://www.cityartmuseum.example.org/visit',
      'https://www.rnhm.example.org/visit',
      'https://events.riverside.example.gov/calendar',
      'https://en.wikipedia.example.org/wiki/Lisbon',
    ],
    keywords: ['riverside', 'town', 'population', 'museums', 'city'],
  },
  placePage(
    'city-art-museum',
    'https://www.cityartmuseum.example.org/visit',
    [
      'Admission: adults $18, students $10, under 18 free.',
      'The museum is closed on Mondays. On Thursdays it stays open until 21:00.',
      'Current exhibition: "Light and Water: Impressionist Landscapes", until September 28, 2025.',
    ],
    ['https://www.rnhm.example.org/visit', 'https://en.wikipedia.example.org/wiki/Riverside'],
    ['city art museum', 'art', 'museum', 'admission', 'tickets'],
  ),
  placePage(
    'natural-history-museum',
    'https://www.rnhm.example.org/visit',
    [
      'Admission is free. Planetarium shows: $6, every hour from 11:00.',
      'The dinosaur hall reopened in March 2025 after renovation.',
    ],
    ['https://www.cityartmuseum.example.org/visit', 'https://www.discoveryscience.example.org/tickets'],
    ['natural history museum', 'museum', 'dinosaurs', 'planetarium'],
  ),
  placePage(
    'science-center',
    'https://www.discoveryscience.example.org/tickets',
    [
      'Tickets: adults $22, children (3-12) $15, under 3 free.',
      'The science center is closed on Mondays and Tuesdays.',
    ],
    ['https://www.rnhm.example.org/visit'],
    ['science center', 'discovery', 'museum', 'tickets', 'kids'],
  ),
  placePage(
    'central-library',
    'https://library.riverside.example.gov/hours',
    ['Library cards are free for Riverside residents.', 'Study rooms can be booked up to 7 days ahead.'],
    ['https://en.wikipedia.example.org/wiki/Riverside'],
    ['library', 'books', 'study rooms'],
  ),
  {
    url: 'https://www.recipes.example.com/banana-bread',
    title: 'Easy Banana Bread Recipe',
    snippet: 'Moist banana bread with 3 ripe bananas. Bake at 175 °C for 60 minutes. Serves 10.',
    paragraphs: [
      'Prep time: 15 minutes. Bake time: 60 minutes. Serves 10.',
      'Ingredients: 3 ripe bananas, 75 g melted butter, 150 g sugar, 1 egg, 1 teaspoon vanilla, 1 teaspoon baking soda, a pinch of salt, 190 g flour.',
      'Step 1: Heat the oven to 175 °C and butter a 23 x 13 cm loaf tin.',
      'Step 2: Mash the bananas and stir in the melted butter.',
      'Step 3: Mix in the sugar, egg and vanilla, then the baking soda and salt.',
      'Step 4: Fold in the flour and pour into the tin.',
      'Step 5: Bake for 60 minutes, until a skewer comes out clean. Cool for 10 minutes.',
    ],
    links: ['https://www.recipes.example.com/pancakes', 'https://www.recipes.example.com/'],
    keywords: ['banana bread', 'recipe', 'baking', 'bananas', 'cake'],
  },
  {
    url: 'https://www.recipes.example.com/pancakes',
    title: 'Fluffy Pancakes Recipe',
    snippet: 'Classic fluffy pancakes ready in 20 minutes. Makes 8 pancakes.',
    paragraphs: [
      'Total time: 20 minutes. Makes 8 pancakes.',
      'Ingredients: 200 g flour, 2 teaspoons baking powder, 1 tablespoon sugar, a pinch of salt, 300 ml milk, 1 egg, 25 g melted butter.',
      'Step 1: Whisk the flour, baking powder, sugar and salt.',
      'Step 2: Whisk the milk, egg and butter, then pour into the dry ingredients and stir until just combined.',
      'Step 3: Cook ladlefuls in a hot pan for 2 minutes per side.',
    ],
    links: ['https://www.recipes.example.com/banana-bread', 'https://www.recipes.example.com/shakshuka'],
    keywords: ['pancakes', 'recipe', 'breakfast'],
  },
  {
    url: 'https://www.recipes.example.com/shakshuka',
    title: 'Shakshuka (Eggs in Tomato Sauce)',
    snippet: 'One-pan shakshuka with 6 eggs, peppers and cumin. Ready in 35 minutes. Serves 4.',
    paragraphs: [
      'Total time: 35 minutes. Serves 4.',
      'Ingredients: 2 tablespoons olive oil, 1 onion, 1 red pepper, 3 garlic cloves, 1 teaspoon cumin, 1 teaspoon paprika, 800 g canned tomatoes, 6 eggs, feta and parsley to serve.',
      'Step 1: Soften the onion and pepper in the oil for 8 minutes.',
      'Step 2: Add garlic and spices, then the tomatoes, and simmer 10 minutes.',
      'Step 3: Make 6 wells, crack in the eggs, cover and cook 6-8 minutes.',
    ],
    links: ['https://www.recipes.example.com/minestrone', 'https://www.recipes.example.com/'],
    keywords: ['shakshuka', 'recipe', 'eggs', 'brunch', 'vegetarian'],
  },
  {
    url: 'https://www.recipes.example.com/minestrone',
    title: 'Hearty Minestrone Soup',
    snippet: 'Italian vegetable soup with beans and pasta. Ready in 50 minutes. Serves 6.',
    paragraphs: [
      'Total time: 50 minutes. Serves 6.',
      'Ingredients: olive oil, 1 onion, 2 carrots, 2 celery sticks, 2 garlic cloves, 1 courgette, 400 g canned tomatoes, 1.5 l vegetable stock, 400 g cannellini beans, 100 g small pasta, parmesan.',
      'Step 1: Cook the onion, carrot and celery for 10 minutes.',
      'Step 2: Add garlic, courgette, tomatoes and stock; simmer 20 minutes.',
      'Step 3: Add the beans and pasta and cook 10 minutes more.',
    ],
    links: ['https://www.recipes.example.com/shakshuka', 'https://www.recipes.example.com/'],
    keywords: ['minestrone', 'soup', 'recipe', 'vegetarian', 'italian'],
  },
  {
    url: 'https://www.recipes.example.com/',
    title: 'Recipes – Everyday cooking',
    snippet: 'Popular recipes: banana bread, pancakes, shakshuka and minestrone.',
    paragraphs: [
      'Our most popular recipes this week, tested in our kitchen.',
      'Banana bread: 60 minutes baking, serves 10.',
      'Fluffy pancakes: 20 minutes, makes 8.',
      'Shakshuka: 35 minutes, serves 4.',
      'Minestrone: 50 minutes, serves 6.',
    ],
    links: [
      'https://www.recipes.example.com/banana-bread',
      'https://www.recipes.example.com/pancakes',
      'https://www.recipes.example.com/shakshuka',
      'https://www.recipes.example.com/minestrone',
    ],
    keywords: ['recipes', 'cooking', 'food'],
  },
  {
    url: 'https://events.riverside.example.gov/calendar',
    title: 'Riverside Events Calendar 2025',
    snippet:
      'Jazz Festival June 20–22, Summer Film Nights from July 4, City Marathon September 14, Harvest Fair October 4–5.',
    paragraphs: [
      'Upcoming events in Riverside, 2025:',
      'Riverside Jazz Festival: June 20–22, Riverside Park.',
      'Summer Film Nights: every Friday from July 4 to August 29, Old Town Square, 21:30.',
      'Riverside City Marathon: Sunday, September 14. Start 08:00 at Museum Square.',
      'Harvest Fair: October 4–5, Riverside Farmers Market.',
      'Board Game Weekend: November 8–9 at The Game Vault.',
    ],
    links: [
      'https://events.riverside.example.gov/jazz-festival',
      'https://events.riverside.example.gov/marathon',
      'https://events.riverside.example.gov/board-game-weekend',
    ],
    keywords: ['events', 'calendar', 'festival', 'dates', 'riverside', '2025'],
  },
  {
    url: 'https://events.riverside.example.gov/jazz-festival',
    title: 'Riverside Jazz Festival 2025 – June 20–22',
    snippet: 'Three days of free jazz in Riverside Park, June 20–22, 2025. Headliner: The Marlow Quartet.',
    paragraphs: [
      'The 18th Riverside Jazz Festival takes place June 20–22, 2025 in Riverside Park.',
      'Entry is free. Gates open at 14:00; the last set ends at 23:00.',
      'Headliner: The Marlow Quartet, Saturday June 21 at 21:00.',
      'Food stalls by Taco Loco and The Green Table.',
    ],
    links: ['https://events.riverside.example.gov/calendar'],
    keywords: ['jazz', 'festival', 'music', 'june', 'riverside park', 'event'],
  },
  {
    url: 'https://events.riverside.example.gov/marathon',
    title: 'Riverside City Marathon – September 14, 2025',
    snippet:
      'The marathon starts at 08:00 on Sunday, September 14, 2025 at Museum Square. Registration closes August 31.',
    paragraphs: [
      'Date: Sunday, September 14, 2025. Start: 08:00, Museum Square.',
      'Distances: marathon (42.195 km), half marathon and 10 km.',
      'Registration fee: $65 for the marathon, $45 for the half, $25 for 10 km. Registration closes August 31.',
      'Course record: 2:11:48 (2019).',
    ],
    links: ['https://events.riverside.example.gov/calendar'],
    keywords: ['marathon', 'running', 'race', 'september', 'event', 'registration'],
  },
  {
    url: 'https://events.riverside.example.gov/board-game-weekend',
    title: 'Board Game Weekend – November 8–9',
    snippet: 'Two days of open play and a Catan tournament at The Game Vault, November 8–9, 2025.',
    paragraphs: [
      'Board Game Weekend returns to The Game Vault, 18 Bridge Street, on November 8–9, 2025.',
      'Catan tournament on Saturday at 13:00; entry $10, the winner gets a copy of Catan: Seafarers.',
      'Open play all weekend, with 600 games to borrow.',
    ],
    links: ['https://boardgames.example.com/catan', 'https://events.riverside.example.gov/calendar'],
    keywords: ['board game', 'weekend', 'catan', 'tournament', 'event', 'november'],
  },
  {
    url: 'https://boardgames.example.com/catan',
    title: 'Catan – board game overview',
    snippet: `Catan (1995) by Klaus Teuber: 3-4 players, 60-90 minutes. Typical price ${price('catan')}.`,
    paragraphs: [
      'Catan was designed by Klaus Teuber and first published in 1995 in Germany as Die Siedler von Catan.',
      'Players: 3-4 (5-6 with an extension). Playing time: 60-90 minutes. Ages 10+.',
      'Players collect brick, lumber, wool, grain and ore to build roads, settlements and cities. The first player to reach 10 victory points wins.',
      `Typical retail price: ${price('catan')}. The Seafarers expansion costs about ${price('catan-seafarers')}.`,
    ],
    links: [
      'https://boardgames.example.com/best-family-games',
      'https://events.riverside.example.gov/board-game-weekend',
    ],
    keywords: ['catan', 'board game', 'settlers', 'klaus teuber', 'rules'],
  },
  {
    url: 'https://boardgames.example.com/best-family-games',
    title: 'The 6 best family board games of 2025',
    snippet: 'Our picks: Ticket to Ride, Catan, Carcassonne, Azul, Codenames and Wingspan.',
    paragraphs: [
      `1. Ticket to Ride (${price('ticket-to-ride')}): the best introduction to modern board games.`,
      `2. Catan (${price('catan')}): trading and building for 3-4 players.`,
      `3. Carcassonne (${price('carcassonne')}): quick tile laying for 2-5.`,
      `4. Azul (${price('azul')}): beautiful and easy to teach.`,
      `5. Codenames (${price('codenames')}): the best party game for big groups.`,
      `6. Wingspan (${price('wingspan')}): a calm engine builder about birds.`,
    ],
    links: ['https://boardgames.example.com/catan'],
    keywords: ['best', 'family', 'board games', 'games', 'review', '2025'],
  },
  {
    url: 'https://www.techreview.example.com/best-headphones',
    title: 'Best noise cancelling headphones 2025',
    snippet: 'The SoundWave ANC leads our test with 30 hours of battery and excellent noise cancelling.',
    paragraphs: [
      'We tested 14 pairs of headphones for three months.',
      'Best overall: SoundWave ANC Wireless Headphones – 30-hour battery, score 9.1/10.',
      'Best earbuds: Pulse Buds – 24 hours with the case, score 8.4/10.',
      'Best wired: AudioPro Studio Monitor – score 8.8/10.',
    ],
    links: ['https://boardgames.example.com/best-family-games'],
    keywords: ['headphones', 'noise cancelling', 'review', 'best', 'earbuds'],
  },
  {
    url: 'https://weather.example.com/riverside',
    title: 'Riverside weather – 7-day forecast',
    snippet: 'Monday: sunny, high 24 °C, low 13 °C. Rain expected on Thursday.',
    paragraphs: [
      'Monday: sunny, high 24 °C, low 13 °C.',
      'Tuesday: partly cloudy, high 22 °C, low 12 °C.',
      'Wednesday: cloudy, high 19 °C, low 11 °C.',
      'Thursday: rain, high 16 °C, low 10 °C, 12 mm of rain.',
      'Friday: showers, high 18 °C, low 10 °C.',
      'Saturday: sunny, high 23 °C, low 12 °C.',
      'Sunday: sunny, high 25 °C, low 14 °C.',
    ],
    links: ['https://events.riverside.example.gov/calendar'],
    keywords: ['weather', 'forecast', 'riverside', 'rain', 'temperature'],
  },
  {
    url: 'https://rail.example.com/riverside-airport',
    title: 'Riverside Central to Airport – train times',
    snippet: 'Trains every 15 minutes from 05:00 to 00:30. Journey time 28 minutes. Single fare $9.50.',
    paragraphs: [
      'Trains run every 15 minutes from 05:00 to 00:30 from Riverside Central Station, platform 4.',
      'Journey time: 28 minutes. Single fare: $9.50; return: $17.00.',
      'First train: 05:00. Last train: 00:30.',
    ],
    links: ['https://en.wikipedia.example.org/wiki/Riverside'],
    keywords: ['train', 'airport', 'timetable', 'rail', 'station', 'fare'],
  },
  {
    url: 'https://news.example.com/riverside-bridge-reopens',
    title: 'Bridge Street reopens after repairs',
    snippet: 'Bridge Street reopened on May 28 after 6 weeks of repairs; buses 12 and 14 return to their usual routes.',
    paragraphs: [
      'Bridge Street reopened to traffic on May 28, 2025 after six weeks of repairs.',
      'Bus lines 12 and 14 return to their usual routes from June 2.',
      'Shops on the street, including Trattoria Luca and The Game Vault, report busier weekends.',
    ],
    links: ['https://en.wikipedia.example.org/wiki/Riverside'],
    keywords: ['news', 'bridge street', 'bus', 'riverside', 'traffic'],
  },
  {
    url: 'https://travel.example.com/guides/europe-cities',
    title: 'Five European city breaks for 2025',
    snippet: 'Lisbon, Oslo, Porto, Kraków and Ljubljana: where to stay, what to eat.',
    paragraphs: [
      'Lisbon: trams, custard tarts and miradouros. Population 545,796.',
      'Oslo: fjords and the Opera House. Population 717,710.',
      'Porto: port cellars along the Douro.',
      'Kraków: the largest medieval market square in Europe.',
      'Ljubljana: a green capital with a car-free centre.',
    ],
    links: ['https://en.wikipedia.example.org/wiki/Lisbon', 'https://en.wikipedia.example.org/wiki/Oslo'],
    keywords: ['travel', 'europe', 'city breaks', 'lisbon', 'oslo', 'guide'],
  },
];

/** The host without "www.", shown in results ("cityartmuseum.example.org"). */
export function displayHost(url: string): string {
  return url
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .split('/')[0]!;
}

/** Finds a page by a URL as typed: with or without scheme, "www." or trailing slash. */
export function pageByUrl(input: string): WebPage | undefined {
  const norm = (u: string): string =>
    u
      .trim()
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/^www\./, '')
      .replace(/\/$/, '');
  const want = norm(input);
  return PAGES.find((p) => norm(p.url) === want);
}

/** Ranked pages for a query: title words count most, then keywords, then body text. */
export function searchPages(query: string): WebPage[] {
  const words = query
    .toLowerCase()
    .split(/[^a-z0-9äöüéèáíóúçñ]+/)
    .filter((w) => w.length > 1 && !STOP.has(w));
  if (words.length === 0) return [];
  const scored = PAGES.map((p, index) => {
    const title = p.title.toLowerCase();
    const keys = p.keywords.join(' ').toLowerCase();
    const body = `${p.snippet} ${p.paragraphs.join(' ')}`.toLowerCase();
    let score = 0;
    for (const w of words) {
      if (title.includes(w)) score += 5;
      if (keys.includes(w)) score += 3;
      if (body.includes(w)) score += 1;
    }
    return { p, score, index };
  });
  return scored
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((x) => x.p);
}

const STOP = new Set([
  'the',
  'of',
  'in',
  'at',
  'on',
  'and',
  'for',
  'to',
  'is',
  'what',
  'when',
  'how',
  'does',
  'do',
  'a',
  'an',
  'many',
  'much',
  'with',
]);
