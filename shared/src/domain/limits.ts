/** Text limits for user input: generous for people, far inside Table Storage's 64 KiB per property. */
export const LIMITS = {
  shortText: 200,
  longText: 4000,
  listItems: 20,
} as const;

/** Ids that can be used inside storage keys: no `/ \ # ?` or control characters, bounded length. */
export const ID_PATTERN = /^[A-Za-z0-9._:@=+-]{1,128}$/;
