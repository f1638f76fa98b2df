import type { DecidingBody } from '@netvaerk/shared/domain/anchoring';
import type { Locale } from '@netvaerk/shared/domain/errors';
import { PHASE_NAMES } from '@netvaerk/shared/domain/lifecycle';
import type { Phase } from '@netvaerk/shared/domain/network';
import { BODY_NAMES } from '@netvaerk/shared/domain/routing';
import type { Body, NetworkType, Track } from '@netvaerk/shared/domain/types';
import { type MessageKey, MESSAGES, t } from '@netvaerk/shared/i18n/messages';

/** Names the domain already has in both languages, for the tab. */
export const phaseLabel = (phase: Phase, locale: Locale) => PHASE_NAMES[phase][locale];

export const bodyLabel = (body: Body | DecidingBody, locale: Locale) =>
  body === 'municipalCouncil' ? t(locale, 'body.municipalCouncil') : BODY_NAMES[body][locale];

export function typeLabel(type: NetworkType, track: Track | null, locale: Locale): string {
  const name = t(locale, `type.${type}`);
  return type === 'innovation' && track ? `${name} · ${t(locale, `track.${track}`)}` : name;
}

/** A role of the demo identities (director, a forum, leader, …). */
export function roleLabel(role: string, locale: Locale): string {
  const key = `tab.role.${role}`;
  return key in MESSAGES ? t(locale, key as MessageKey) : role;
}

/** A key from a string the API sends (an outcome, a path) when the catalogue has it; the raw value otherwise. */
export function labelOr(prefix: string, value: string, locale: Locale): string {
  const key = `${prefix}.${value}`;
  return key in MESSAGES ? t(locale, key as MessageKey) : value;
}
