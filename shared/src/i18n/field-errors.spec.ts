import { parseCommand } from '../domain/parse-command';
import { isDomainError } from '../domain/errors';
import { parseConfigForm } from '../domain/config-input';
import { errorText } from './error-text';
import { localisedFieldErrors } from './field-errors';

const idea = (overrides: Record<string, unknown>) => ({
  type: 'submitIdea',
  commandId: 'c1',
  networkId: 'n1',
  name: 'Et netværk',
  networkType: 'welfare',
  purpose: 'Formålet',
  background: 'Baggrunden',
  ...overrides,
});

function failure(input: unknown) {
  const result = parseCommand(input);
  if (!isDomainError(result)) throw new Error('expected a validation error');
  return result;
}

describe('validation messages name the field as the user sees it, in full sentences', () => {
  it('a title of spaces: the label, not the internal key, in Danish and English', () => {
    const error = failure(idea({ name: '   ' }));
    expect(errorText(error, 'da')).toBe('Nogle felter mangler eller er ugyldige: Netværkets arbejdstitel.');
    expect(localisedFieldErrors(error, 'da')).toEqual({ name: 'Udfyld feltet »Netværkets arbejdstitel«.' });
    expect(errorText(error, 'en')).toBe("Some fields are missing or invalid: The network's working title.");
    expect(localisedFieldErrors(error, 'en')).toEqual({ name: "Please fill in “The network's working title”." });
  });

  it("a 70 KB background: the limit in the user's number format, never zod's English", () => {
    const error = failure(idea({ background: 'x'.repeat(70_000) }));
    const da = localisedFieldErrors(error, 'da').background!;
    expect(da).toBe('Feltet »Baggrund: behovet eller ønsket« må højst have 4.000 tegn.');
    expect(localisedFieldErrors(error, 'en').background).toBe(
      '“Background: the need or wish” can have at most 4,000 characters.',
    );
    expect(JSON.stringify(localisedFieldErrors(error, 'da'))).not.toMatch(/Too big|expected|Invalid/);
  });

  it('dates, e-mails and scores in the forms that have them', () => {
    const external = failure({
      type: 'addExternalParticipant',
      commandId: 'c1',
      networkId: 'n1',
      name: '',
      organisation: 'Region H',
      email: 'nope',
      role: 'guest',
      guestUntil: '2026-13-45',
    });
    expect(localisedFieldErrors(external, 'da')).toEqual({
      name: 'Udfyld feltet »Navn«.',
      email: 'Skriv en gyldig e-mailadresse i feltet »E-mail«.',
      guestUntil: 'Skriv en gyldig dato i feltet »Gæst til og med«.',
    });
    const reflection = failure({
      type: 'answerReflection',
      commandId: 'c1',
      networkId: 'n1',
      meetingId: 'm1',
      value: 9,
      workingWell: 3,
      changeForm: false,
    });
    expect(localisedFieldErrors(reflection, 'en').value).toMatch(
      /^Choose a number from 1 to 5 for “Did something valuable come out of the meeting\?/,
    );
  });

  it('the configuration form names the forum', () => {
    const error = parseConfigForm({ 'headsForum.quorum': '0' }, [], []);
    if (!isDomainError(error)) throw new Error('expected a validation error');
    expect(localisedFieldErrors(error, 'da')['headsForum.quorum']).toMatch(
      /^Feltet »Chefforum: Antal medlemmer, der skal være enige« skal være mindst 1\.$/,
    );
  });
});
