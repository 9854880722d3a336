// Which sites Tandem covers from the start, and the permission an added one asks for. The options
// page (adding a site) and the background (adopting an origin granted from the toolbar menu) both
// need the first; it sits here, below both, so neither imports the other.

/** Sites Tandem covers from the start (the manifest's own matches): adding them is never needed. */
export const isBuiltInSite = (origin: string): boolean => {
  const host = new URL(origin).hostname;
  return host === 'github.com' || host.endsWith('.atlassian.net');
};

/** The host permission for an added site: without the port, which match patterns don't take everywhere. */
export const permissionPattern = (origin: string): string => {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
};
