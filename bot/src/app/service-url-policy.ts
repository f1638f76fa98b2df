/**
 * Which hosts the bot may call back. An activity names the URL its replies go to (`serviceUrl`); a forged one
 * would make the server connect wherever the sender likes, so only configured hosts are accepted: Teams'
 * connectors over https, and loopback in local development (the Agents Playground and the tests' fake).
 */
export function serviceUrlPolicy(hosts: readonly string[], allowLoopback: boolean): (serviceUrl: string) => boolean {
  const exact = new Set(hosts.filter((h) => !h.startsWith('*.')).map((h) => h.toLowerCase()));
  const suffixes = hosts.filter((h) => h.startsWith('*.')).map((h) => h.slice(1).toLowerCase());
  return (serviceUrl) => {
    let url: URL;
    try {
      url = new URL(serviceUrl);
    } catch {
      return false;
    }
    const host = url.hostname.toLowerCase();
    if (allowLoopback && ['127.0.0.1', 'localhost', '[::1]'].includes(host)) return true;
    if (url.protocol !== 'https:' || url.username || url.password) return false;
    return exact.has(host) || suffixes.some((s) => host.endsWith(s) && host.length > s.length);
  };
}
