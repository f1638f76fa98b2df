import { stageReveals } from './stage';

describe('what the shared stage reveals', () => {
  const named = (status: 'reflectionOpen' | 'reflectionClosed') => ({ anonymous: false, status });
  const anonymous = (status: 'reflectionOpen' | 'reflectionClosed') => ({ anonymous: true, status });

  it("shows a named meeting's averages live from three answers, and comments only when the leader chose them", () => {
    expect(stageReveals(named('reflectionOpen'), 2, true)).toEqual({
      averages: false,
      comments: false,
      averagesAtClose: false,
    });
    expect(stageReveals(named('reflectionOpen'), 3, false)).toEqual({
      averages: true,
      comments: false,
      averagesAtClose: false,
    });
    expect(stageReveals(named('reflectionOpen'), 3, true).comments).toBe(true);
  });

  it("holds an anonymous meeting's averages until it is closed, and never shows its comments", () => {
    // Live averages after each answer would let the room subtract two of them and read the newest answer.
    expect(stageReveals(anonymous('reflectionOpen'), 9, true)).toEqual({
      averages: false,
      comments: false,
      averagesAtClose: true,
    });
    expect(stageReveals(anonymous('reflectionClosed'), 3, true)).toEqual({
      averages: true,
      comments: false,
      averagesAtClose: false,
    });
    expect(stageReveals(anonymous('reflectionClosed'), 2, true).averages).toBe(false);
  });
});
