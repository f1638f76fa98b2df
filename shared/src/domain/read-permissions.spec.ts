import { actor, networkAt, PEOPLE, TestWorld, TYPE_CASES } from '../testing/domain-fixtures';
import { READ_PERMISSIONS } from './read-permissions';

describe('READ_PERMISSIONS: who may read what, in one map', () => {
  const world = new TestWorld();
  const network = networkAt(world, TYPE_CASES[0]!, 'active');
  const who = (persona: keyof typeof PEOPLE) => actor(persona);

  it("shows the network's failed messages to its leader and the director only", () => {
    const allowed = (Object.keys(PEOPLE) as (keyof typeof PEOPLE)[]).filter((p) =>
      READ_PERMISSIONS.failedMessages(network, who(p), world.config),
    );
    expect(allowed.sort()).toEqual(['director', 'leader']);
  });

  it('lets the director and the consultants export case records, and no one else', () => {
    const allowed = (Object.keys(PEOPLE) as (keyof typeof PEOPLE)[]).filter((p) =>
      READ_PERMISSIONS.caseRecordExport(who(p), world.config),
    );
    expect(allowed.sort()).toEqual(['consultant', 'director']);
  });

  it("lets the director and the privacy officers handle a person's data", () => {
    const settings = { privacyOfficers: [PEOPLE.centralHead] };
    expect(READ_PERMISSIONS.personData(who('director'), world.config, settings)).toBe(true);
    expect(READ_PERMISSIONS.personData(who('centralHead'), world.config, settings)).toBe(true);
    expect(READ_PERMISSIONS.personData(who('consultant'), world.config, settings)).toBe(false);
  });

  it("names nominees to the director, the consultants and the heads' forum only", () => {
    const allowed = (Object.keys(PEOPLE) as (keyof typeof PEOPLE)[]).filter((p) =>
      READ_PERMISSIONS.nominees(who(p), world.config),
    );
    expect(allowed.sort()).toEqual(['consultant', 'director', 'headsForum', 'headsForum2']);
  });

  it('names the rules the bot, the API and the cards ask (one entry each, no copies elsewhere)', () => {
    expect(READ_PERMISSIONS.network(network, who('outsider'), world.config)).toBe(false);
    expect(READ_PERMISSIONS.network(network, who('leader'), world.config)).toBe(true);
    expect(READ_PERMISSIONS.commentAuthors(network, who('participant'), world.config)).toBe(false);
    expect(READ_PERMISSIONS.answers(true, 1)).toBe(false);
  });
});
