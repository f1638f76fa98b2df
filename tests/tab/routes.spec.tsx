import { routeOf, stagePath } from '../../tab/src/app/routes';

/**
 * How the tab picks its page inside Teams' meeting frames: Teams opens the configured content URL with its own
 * `frameContext` and the meeting's id, not with our query; the shared stage opens the address the leader shared.
 */
describe("the tab's routes in Teams' meeting frames", () => {
  const meetingId = 'MCMxOTptZWV0aW5nXzEyMw==/x';

  it("opens the meeting's panel in the side panel, from Teams' meeting id", () => {
    expect(routeOf('/tab/network/n1', '', 'sidePanel', meetingId)).toEqual({ page: 'panel', id: 'n1', meetingId });
    // Without a meeting (a side panel of a chat), the compact view.
    expect(routeOf('/tab/network/n1', '', 'sidePanel')).toEqual({ page: 'network', id: 'n1', compact: true });
  });

  it('opens the goal and ground rules when the app is opened on the stage itself, without a key', () => {
    expect(routeOf('/tab/network/n1', '', 'meetingStage', meetingId)).toEqual({
      page: 'stage',
      id: 'n1',
      meetingId,
      show: 'rules',
      comments: false,
      key: null,
    });
  });

  it('reads back what the leader shared, key and comments choice included', () => {
    const shared = new URL(stagePath('n1', meetingId, 'reflection', true, 'k3y'), 'https://example.org');
    expect(routeOf(shared.pathname, shared.search, 'meetingStage', meetingId)).toEqual({
      page: 'stage',
      id: 'n1',
      meetingId,
      show: 'reflection',
      comments: true,
      key: 'k3y',
    });
  });

  it('opens the network page in a channel tab', () => {
    expect(routeOf('/tab/network/n1', '', 'content')).toEqual({ page: 'network', id: 'n1', compact: false });
  });
});
