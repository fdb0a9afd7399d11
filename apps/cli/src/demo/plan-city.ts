import { type PlannedActivity, type PlannedOrganization, REPORT_FIGURES } from './demo-plan.types.js';
import { HOUR_MS, localTime, saturdays } from './demo-calendar.js';
import { type SeededRandom } from './seeded-random.js';
import { CATEGORIES, CITY, COMPOUND_SUFFIXES, DISTRICTS, PARTNERS, PLACE_STEMS, SCHOOLS } from './zhuzhou.js';

/** The team whose named people the README lists; it runs a Saturday class all year. */
export const DEMO_TEAM = { id: 'zz-demo-team', name: '月塘街道青春行动志愿服务队', parentId: 'zz-hetang-s1' };
const TEAM_NAMES = ['青年志愿服务队', '青春行动志愿服务队', '团员先锋队', '爱心志愿服务队', '青年突击队'];

export interface CityPlan {
  readonly organizations: PlannedOrganization[];
  readonly activities: PlannedActivity[];
  /** The demo team's Saturday class, in date order. */
  readonly saturdayClass: PlannedActivity[];
}

const scaled = (figure: number, scale: number, minimum: number): number =>
  Math.max(minimum, Math.round(figure * scale));

/** The organisation tree and the year's activities; the same seed and scale give the same city. */
export function planCity(random: SeededRandom, scale: number): CityPlan {
  const organizations: PlannedOrganization[] = [
    { id: CITY.id, name: CITY.name, kind: 'city', parentId: null, districtId: null },
  ];
  const subdistricts: PlannedOrganization[] = [];
  for (const district of DISTRICTS) {
    organizations.push({
      id: district.id,
      name: district.name,
      kind: 'district',
      parentId: CITY.id,
      districtId: district.id,
    });
    district.subdistricts.forEach((name, index) => {
      const subdistrict: PlannedOrganization = {
        id: `${district.id}-s${index + 1}`,
        name,
        kind: 'subdistrict',
        parentId: district.id,
        districtId: district.id,
      };
      subdistricts.push(subdistrict);
      organizations.push(subdistrict);
    });
  }

  // Communities (社区) under subdistricts (街道), villages (村) under towns (镇); every subdistrict has one.
  const communityCount = scaled(REPORT_FIGURES.communities, scale, subdistricts.length);
  const stemsUsed = new Map<string, number>();
  const communities: PlannedOrganization[] = [];
  for (let index = 0; index < communityCount; index += 1) {
    const parent =
      index < subdistricts.length ? (subdistricts[index] as PlannedOrganization) : random.pick(subdistricts);
    const used = stemsUsed.get(parent.id) ?? 0;
    stemsUsed.set(parent.id, used + 1);
    // 5 and the stem count are coprime, so a parent's first stems are all different.
    const stem = PLACE_STEMS[(used * 5 + parent.id.length) % PLACE_STEMS.length] ?? '新华';
    const village = parent.name.endsWith('镇');
    const community: PlannedOrganization = {
      id: `${parent.id}-c${used + 1}`,
      name: `${stem}${used >= PLACE_STEMS.length ? used : ''}${village ? '村' : '社区'}`,
      kind: 'community',
      parentId: parent.id,
      districtId: parent.districtId,
    };
    communities.push(community);
    organizations.push(community);
  }

  const urban = communities.filter((community) => community.name.endsWith('社区'));
  const compoundsUsed = new Map<string, number>();
  for (let index = 0; index < scaled(REPORT_FIGURES.compounds, scale, 1); index += 1) {
    const parent = random.pick(urban.length > 0 ? urban : communities);
    const used = compoundsUsed.get(parent.id) ?? 0;
    compoundsUsed.set(parent.id, used + 1);
    organizations.push({
      id: `${parent.id}-h${used + 1}`,
      name: `${random.pick(PLACE_STEMS)}${random.pick(COMPOUND_SUFFIXES)}`,
      kind: 'compound',
      parentId: parent.id,
      districtId: parent.districtId,
    });
  }

  // Teams hang under communities mostly, some under subdistricts; the demo team is one of the 500.
  const teams: PlannedOrganization[] = [{ ...DEMO_TEAM, kind: 'team', districtId: 'zz-hetang' }];
  organizations.push(teams[0] as PlannedOrganization);
  const teamsUsed = new Map<string, number>();
  for (let index = 1; index < scaled(REPORT_FIGURES.teams, scale, DISTRICTS.length); index += 1) {
    const parent = random.chance(0.8) ? random.pick(communities) : random.pick(subdistricts);
    const used = teamsUsed.get(parent.id) ?? 0;
    teamsUsed.set(parent.id, used + 1);
    const team: PlannedOrganization = {
      id: `${parent.id}-t${used + 1}`,
      name: `${parent.name}${TEAM_NAMES[used % TEAM_NAMES.length] ?? TEAM_NAMES[0]}${used >= TEAM_NAMES.length ? used : ''}`,
      kind: 'team',
      parentId: parent.id,
      districtId: parent.districtId,
    };
    teams.push(team);
    organizations.push(team);
  }

  const partners = PARTNERS.map((name, index): PlannedOrganization => ({
    id: `zz-partner-${index + 1}`,
    name,
    kind: 'partner',
    parentId: CITY.id,
    districtId: null,
  }));
  const schools = SCHOOLS.map((school): PlannedOrganization => ({
    id: school.id,
    name: school.name,
    kind: 'school',
    parentId: school.district,
    districtId: school.district,
  }));
  organizations.push(...partners, ...schools);

  const saturdayClass = saturdays().map((day, index): PlannedActivity => ({
    id: `zz-demo-class-${String(index + 1).padStart(2, '0')}`,
    organizationId: DEMO_TEAM.id,
    districtId: 'zz-hetang',
    title: `七彩课堂·周末班 第${index + 1}期`,
    category: 'holiday-class',
    startsAt: localTime(day, 9),
    endsAt: localTime(day, 12),
    day,
    residentVisits: random.int(80, 330),
  }));
  const activities: PlannedActivity[] = [...saturdayClass];
  const activityCount = scaled(REPORT_FIGURES.activities, scale, saturdayClass.length + DISTRICTS.length);
  const organisers: Array<readonly [PlannedOrganization[], number]> = [
    [teams, 0.75],
    [communities, 0.15],
    [partners, 0.05],
    [schools, 0.05],
  ];
  for (let index = saturdayClass.length; index < activityCount; index += 1) {
    let draw = random.int(0, 99) / 100;
    let pool = teams;
    for (const [candidates, share] of organisers) {
      pool = candidates;
      if (draw < share) break;
      draw -= share;
    }
    const organizer = random.pick(pool);
    const category = random.pick(CATEGORIES);
    const day = random.int(7, 361);
    const startHour = random.pick([8, 9, 14, 15]);
    const hours = random.int(2, 4);
    const place =
      organizer.kind === 'team' ? organizer.name.replace(/(青年|青春|团员|爱心).*$/, '') : organizer.name;
    activities.push({
      id: `zz-a${String(index + 1).padStart(4, '0')}`,
      organizationId: organizer.id,
      districtId: organizer.districtId ?? random.pick(DISTRICTS).id,
      title: `${category.title}·${place}`,
      category: category.slug,
      startsAt: localTime(day, startHour),
      endsAt: localTime(day, startHour) + hours * HOUR_MS,
      day,
      residentVisits: random.int(80, 330),
    });
  }
  return { organizations, activities, saturdayClass };
}
