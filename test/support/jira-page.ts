// For tests: a Jira page's document as the Jira adapter reads it, which is only its URL and its
// `<meta name="ajs-…">` tags (deployment, context path, who is signed in).
export function jiraPageDocument(url: string, tags: Record<string, string>): Document {
  return {
    URL: url,
    querySelector(selector: string) {
      const name = /meta\[name="([^"]+)"\]/.exec(selector)?.[1];
      if (!name || !(name in tags)) return null;
      return { getAttribute: (a: string) => (a === 'content' ? tags[name] : null) };
    },
  } as unknown as Document;
}
