// Both trackers are single-page apps: the URL changes without a reload (GitHub's Turbo and soft
// navigation, Jira's router, `?selectedIssue=` on boards). The page's own history.pushState runs in
// the page's world, which a content script can't hook, so we listen where we can and compare the URL.
export function watchNavigation(onChange: (href: string) => void, win: Window = window): () => void {
  let last = win.location.href;
  const check = () => {
    const href = win.location.href;
    if (href === last) return;
    last = href;
    onChange(href);
  };
  const navigation = (win as unknown as { navigation?: EventTarget }).navigation;
  const events: [EventTarget, string][] = [
    [win, 'popstate'],
    [win.document, 'turbo:load'],
    [win.document, 'turbo:render'],
    [win.document, 'soft-nav:end'],
    [win.document, 'pjax:end'],
  ];
  // The Navigation API sees same-document navigations from any world (Chromium; Firefox lately).
  if (navigation) events.push([navigation, 'currententrychange']);
  for (const [target, type] of events) target.addEventListener(type, check);
  // Backstop for browsers without the Navigation API: one string comparison twice a second.
  const timer = win.setInterval(check, 500);
  return () => {
    for (const [target, type] of events) target.removeEventListener(type, check);
    win.clearInterval(timer);
  };
}
