/** What the shared stage shows: the goal and ground rules (at the start) or the live reflection (at the end). */
export type StageShow = 'rules' | 'reflection';
/** The tab's pages, from the path under /tab/. */
export type Route = {
    page: 'config';
} | {
    page: 'network';
    id: string;
    compact: boolean;
} | {
    page: 'panel';
    id: string;
    meetingId: string;
} | {
    page: 'stage';
    id: string;
    meetingId: string;
    show: StageShow;
    comments: boolean;
    key: string | null;
} | {
    page: 'preview';
    id: string;
    meetingId: string | null;
} | {
    page: 'overview';
} | {
    page: 'site';
} | {
    page: 'records';
} | {
    page: 'privacy';
};
export declare const TAB_BASE = "/tab/";
/** Pages drawn without the navigation and footer: Teams' narrow and shared frames, and the settings dialog. */
export declare function isBare(route: Route): boolean;
/**
 * `frameContext` and `meetingId` are Teams' (the side panel or the stage of a meeting); outside Teams the same
 * pages open by path and query, which is how the local previews show them.
 */
export declare function routeOf(pathname: string, search: string, frameContext: string, meetingId?: string): Route;
export declare const networkPath: (id: string) => string;
/** The page the leader shares to the meeting's stage; its key lets everyone in the meeting read it. */
export declare function stagePath(id: string, meetingId: string, show: StageShow, comments: boolean, key?: string): string;
export declare const panelPath: (id: string, meetingId: string) => string;
