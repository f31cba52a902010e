import * as v from 'valibot';
import { boolean } from '../codecs/boolean.ts';
import { integer } from '../codecs/integer.ts';
import { list } from '../codecs/list.ts';
import { roleDate } from '../codecs/roleDate.ts';
import { text, textId } from '../codecs/text.ts';

/**
 * A user's role in a study. Every field is optional in the spec and none is an id the SDK
 * relies on, so each is `T | null`. The dates arrive as `[y, m, d, h, min, s, ns]` arrays
 * (months from 1, UTC) and become `Date`.
 */
export interface Role {
  dateCreated: Date | null;
  dateModified: Date | null;
  roleId: string | null;
  communityId: number | null;
  name: string | null;
  description: string | null;
  level: number | null;
  type: string | null;
  inactive: boolean | null;
}

/**
 * A user of a study. `userId` (a UUID string) is always present: it is the id `getUser`
 * matches on, so a user without it is a validation error. Every other field is optional in
 * the spec: `T | null`.
 */
export interface User {
  userId: string;
  login: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  userActiveInStudy: boolean | null;
  roles: Role[] | null;
}

/** Decodes a {@link Role}; unknown fields are kept. */
export const RoleSchema = /* @__PURE__ */ v.looseObject({
  dateCreated: roleDate(),
  dateModified: roleDate(),
  roleId: text(),
  communityId: integer(),
  name: text(),
  description: text(),
  level: integer(),
  type: text(),
  inactive: boolean(),
});

/** Decodes a {@link User}; unknown fields are kept. */
export const UserSchema = /* @__PURE__ */ v.looseObject({
  userId: textId(),
  login: text(),
  firstName: text(),
  lastName: text(),
  email: text(),
  userActiveInStudy: boolean(),
  roles: list(RoleSchema),
});
