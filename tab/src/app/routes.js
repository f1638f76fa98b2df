"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.panelPath = exports.networkPath = exports.TAB_BASE = void 0;
exports.isBare = isBare;
exports.routeOf = routeOf;
exports.stagePath = stagePath;
exports.TAB_BASE = '/tab/';
/** Pages drawn without the navigation and footer: Teams' narrow and shared frames, and the settings dialog. */
function isBare(route) {
    return (route.page === 'config' ||
        route.page === 'panel' ||
        route.page === 'stage' ||
        (route.page === 'network' && route.compact));
}
/**
 * `frameContext` and `meetingId` are Teams' (the side panel or the stage of a meeting); outside Teams the same
 * pages open by path and query, which is how the local previews show them.
 */
function routeOf(pathname, search, frameContext, meetingId) {
    const path = pathname.startsWith(exports.TAB_BASE) ? pathname.slice(exports.TAB_BASE.length) : pathname.replace(/^\//, '');
    const [first, second] = path.split('/').filter(Boolean);
    const query = new URLSearchParams(search);
    const meeting = query.get('meeting') || meetingId || '';
    if (first === 'config')
        return { page: 'config' };
    if (first === 'site')
        return { page: 'site' };
    if (first === 'records')
        return { page: 'records' };
    if (first === 'privacy')
        return { page: 'privacy' };
    if (first === 'preview' && second)
        return { page: 'preview', id: decodeURIComponent(second), meetingId: meeting || null };
    const id = second ? decodeURIComponent(second) : '';
    if (first === 'stage' && id && meeting) {
        const show = query.get('show') === 'reflection' ? 'reflection' : 'rules';
        return {
            page: 'stage',
            id,
            meetingId: meeting,
            show,
            comments: query.get('comments') === '1',
            key: query.get('key'),
        };
    }
    if (first === 'network' && id) {
        // Opened on the stage itself (not shared from the panel): the goal and ground rules.
        if (frameContext === 'meetingStage' && meeting)
            return { page: 'stage', id, meetingId: meeting, show: 'rules', comments: false, key: null };
        // The meeting side panel is 320 px wide: the meeting's panel, or without a meeting the compact view.
        if ((frameContext === 'sidePanel' || query.get('view') === 'panel') && meeting)
            return { page: 'panel', id, meetingId: meeting };
        const compact = frameContext === 'sidePanel' || query.get('view') === 'compact';
        return { page: 'network', id, compact };
    }
    return { page: 'overview' };
}
const networkPath = (id) => `${exports.TAB_BASE}network/${encodeURIComponent(id)}`;
exports.networkPath = networkPath;
/** The page the leader shares to the meeting's stage; its key lets everyone in the meeting read it. */
function stagePath(id, meetingId, show, comments, key) {
    const query = new URLSearchParams({
        meeting: meetingId,
        show,
        ...(comments ? { comments: '1' } : {}),
        ...(key ? { key } : {}),
    });
    return `${exports.TAB_BASE}stage/${encodeURIComponent(id)}?${query}`;
}
const panelPath = (id, meetingId) => `${(0, exports.networkPath)(id)}?${new URLSearchParams({ view: 'panel', meeting: meetingId })}`;
exports.panelPath = panelPath;
//# sourceMappingURL=routes.js.map