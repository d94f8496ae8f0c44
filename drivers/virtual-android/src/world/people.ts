/**
 * The seeded people of the virtual world. The same people appear in
 * Contacts, Messages and Mail (and may be named by other apps), so a task
 * can need a fact from one app in another: "text Carol the address from
 * Mail". Fixed data, identical for every seed; apps vary around it.
 */

export interface Person {
  /** Stable key used across apps ("alice"). */
  key: string;
  first: string;
  last: string;
  /** E.164-like number shown as "+1 415-555-0132". */
  phone: string;
  email: string;
  company: string;
  /** Short relation used by seeded message and mail texts. */
  role: string;
}

export const PEOPLE: readonly Person[] = [
  {
    key: 'alice',
    first: 'Alice',
    last: 'Chen',
    phone: '+1 415-555-0132',
    email: 'alice.chen@example.com',
    company: 'Northwind Design',
    role: 'friend',
  },
  {
    key: 'bob',
    first: 'Bob',
    last: 'Martinez',
    phone: '+1 415-555-0147',
    email: 'bob.martinez@example.com',
    company: 'Contoso Bikes',
    role: 'coworker',
  },
  {
    key: 'carol',
    first: 'Carol',
    last: 'Singh',
    phone: '+1 628-555-0190',
    email: 'carol.singh@example.com',
    company: 'Fabrikam Labs',
    role: 'sister',
  },
  {
    key: 'david',
    first: 'David',
    last: 'Kim',
    phone: '+1 510-555-0114',
    email: 'david.kim@example.com',
    company: 'Tailspin Toys',
    role: 'friend',
  },
  {
    key: 'emma',
    first: 'Emma',
    last: 'Rossi',
    phone: '+1 415-555-0168',
    email: 'emma.rossi@example.com',
    company: 'Adatum Health',
    role: 'neighbour',
  },
  {
    key: 'farid',
    first: 'Farid',
    last: 'Haddad',
    phone: '+1 650-555-0103',
    email: 'farid.haddad@example.com',
    company: 'Litware Inc.',
    role: 'coworker',
  },
  {
    key: 'grace',
    first: 'Grace',
    last: 'Okafor',
    phone: '+1 415-555-0175',
    email: 'grace.okafor@example.com',
    company: 'Blue Yonder Air',
    role: 'friend',
  },
  {
    key: 'hannah',
    first: 'Hannah',
    last: 'Berg',
    phone: '+1 628-555-0121',
    email: 'hannah.berg@example.com',
    company: 'Wingtip Realty',
    role: 'landlord',
  },
  {
    key: 'ivan',
    first: 'Ivan',
    last: 'Petrov',
    phone: '+1 510-555-0186',
    email: 'ivan.petrov@example.com',
    company: 'Proseware',
    role: 'coworker',
  },
  {
    key: 'julia',
    first: 'Julia',
    last: 'Santos',
    phone: '+1 415-555-0159',
    email: 'julia.santos@example.com',
    company: 'Coho Vineyard',
    role: 'cousin',
  },
  {
    key: 'kenji',
    first: 'Kenji',
    last: 'Watanabe',
    phone: '+1 650-555-0142',
    email: 'kenji.watanabe@example.com',
    company: 'Lucerne Publishing',
    role: 'friend',
  },
  {
    key: 'laura',
    first: 'Laura',
    last: 'Novak',
    phone: '+1 415-555-0117',
    email: 'laura.novak@example.com',
    company: 'Margie Travel',
    role: 'travel agent',
  },
  {
    key: 'marco',
    first: 'Marco',
    last: 'Bianchi',
    phone: '+1 628-555-0163',
    email: 'marco.bianchi@example.com',
    company: 'Fourth Coffee',
    role: 'friend',
  },
  {
    key: 'nina',
    first: 'Nina',
    last: 'Johansson',
    phone: '+1 510-555-0129',
    email: 'nina.johansson@example.com',
    company: 'Trey Research',
    role: 'manager',
  },
  {
    key: 'omar',
    first: 'Omar',
    last: 'Farouk',
    phone: '+1 415-555-0195',
    email: 'omar.farouk@example.com',
    company: 'City Power & Light',
    role: 'plumber',
  },
  {
    key: 'priya',
    first: 'Priya',
    last: 'Patel',
    phone: '+1 650-555-0188',
    email: 'priya.patel@example.com',
    company: 'Alpine Ski House',
    role: 'friend',
  },
  {
    key: 'quinn',
    first: 'Quinn',
    last: 'Murphy',
    phone: '+1 415-555-0136',
    email: 'quinn.murphy@example.com',
    company: 'Graphic Design Institute',
    role: 'teacher',
  },
  {
    key: 'rosa',
    first: 'Rosa',
    last: 'Delgado',
    phone: '+1 628-555-0152',
    email: 'rosa.delgado@example.com',
    company: 'Humongous Insurance',
    role: 'agent',
  },
  {
    key: 'sam',
    first: 'Sam',
    last: 'Taylor',
    phone: '+1 510-555-0170',
    email: 'sam.taylor@example.com',
    company: 'Wide World Importers',
    role: 'brother',
  },
  {
    key: 'tom',
    first: 'Tom',
    last: 'Becker',
    phone: '+1 415-555-0108',
    email: 'tom.becker@example.com',
    company: 'School of Fine Art',
    role: 'friend',
  },
  {
    key: 'uma',
    first: 'Uma',
    last: 'Reddy',
    phone: '+1 650-555-0124',
    email: 'uma.reddy@example.com',
    company: 'Woodgrove Bank',
    role: 'banker',
  },
  {
    key: 'victor',
    first: 'Victor',
    last: 'Lang',
    phone: '+1 415-555-0181',
    email: 'victor.lang@example.com',
    company: 'Relecloud',
    role: 'coworker',
  },
  {
    key: 'wendy',
    first: 'Wendy',
    last: 'Zhou',
    phone: '+1 628-555-0144',
    email: 'wendy.zhou@example.com',
    company: 'VanArsdel Ltd.',
    role: 'dentist',
  },
  {
    key: 'yusuf',
    first: 'Yusuf',
    last: 'Demir',
    phone: '+1 510-555-0199',
    email: 'yusuf.demir@example.com',
    company: 'Southridge Video',
    role: 'friend',
  },
  {
    key: 'zoe',
    first: 'Zoe',
    last: 'Fischer',
    phone: '+1 415-555-0155',
    email: 'zoe.fischer@example.com',
    company: 'Nod Publishers',
    role: 'friend',
  },
];

export function fullName(p: Pick<Person, 'first' | 'last'>): string {
  return `${p.first} ${p.last}`.trim();
}

/** A person by key; throws on an unknown key so seed data typos fail loudly. */
export function person(key: string): Person {
  const p = PEOPLE.find((x) => x.key === key);
  if (!p) throw new RangeError(`No person '${key}' in world/people.ts; known: ${PEOPLE.map((x) => x.key).join(', ')}.`);
  return p;
}
