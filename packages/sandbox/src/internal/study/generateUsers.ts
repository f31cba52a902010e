import { DAY_MS, formatRoleDate } from '../dates.ts';
import { between, pick, uuid } from '../random.ts';
import { SALT } from '../salts.ts';
import type { Item, StudyContext } from './studyBase.ts';
import { FIRST_NAMES, LAST_NAMES, ROLES } from './templates.ts';

const USER_COUNT = 8;
/** Users past this index are inactive in the study. */
const ACTIVE_USERS = 6;

/** The study's users, one or two roles each. */
export function generateUsers({ seed, s, start }: StudyContext): Item[] {
  const users: Item[] = [];
  for (let u = 0; u < USER_COUNT; u++) {
    const first = pick(FIRST_NAMES, seed, s, u, SALT.userFirstName);
    const last = pick(LAST_NAMES, seed, s, u, SALT.userLastName);
    users.push({
      userId: uuid(seed, s, u, SALT.userId),
      login: `${first[0]}${last}${u + 1}`.toLowerCase(),
      firstName: first,
      lastName: last,
      email: `${first}.${last}${u + 1}@sandbox.example`.toLowerCase(),
      userActiveInStudy: u < ACTIVE_USERS,
      roles: generateRoles(seed, s, u, start),
    });
  }
  return users;
}

function generateRoles(seed: number, s: number, u: number, start: number): Item[] {
  const roles: Item[] = [];
  const roleCount = 1 + (u % 2);
  for (let r = 0; r < roleCount; r++) {
    const role = ROLES[(u + r) % ROLES.length]!;
    // Unsalted since the first release: salting it now would move every seed's role dates.
    const at = start - (40 - u) * DAY_MS + r * 3_600_000 + between(0, 999, seed, s, u, r) * 1000;
    roles.push({
      dateCreated: formatRoleDate(at),
      dateModified: formatRoleDate(at + (r + 1) * DAY_MS + 625),
      roleId: uuid(seed, s, u, r, SALT.roleId),
      communityId: 1 + r,
      name: role.name,
      description: `${role.name} role`,
      level: role.level,
      type: role.type,
      inactive: r === 1 && u % 4 === 1,
    });
  }
  return roles;
}
