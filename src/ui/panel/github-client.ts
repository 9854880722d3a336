// The panel's side of src/background/github-api.ts: a `fetch` for one GitHub site's API that asks the
// background, which adds the site's token. The panel never holds a token; it only learns whether one
// is saved for the site in view.
import browser from 'webextension-polyfill';
import type { GitHubApiAnswer, GitHubApiRequest, GitHubTokenStateRequest } from '../../background/github-api';
import { AnswerTooLarge } from '../../sites/http';

const NULL_BODY = new Set([101, 204, 205, 304]);

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('aborted', 'AbortError');
}

/** A fetch whose requests the background makes; it behaves like fetch for the http layer. */
export function backgroundFetch(site: string): typeof fetch {
  return async (input, init) => {
    const signal = init?.signal ?? undefined;
    if (signal?.aborted) throw abortError(signal);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const request: GitHubApiRequest = {
      type: 'github-api',
      site,
      url,
      method: init?.method ?? 'GET',
      headers: [...new Headers(init?.headers)],
      ...(typeof init?.body === 'string' ? { body: init.body } : {}),
    };
    const asked = browser.runtime.sendMessage(request) as Promise<GitHubApiAnswer | undefined>;
    // A message can't be called back: on abort (the page moved on, or our timeout) stop waiting.
    const answer = await new Promise<GitHubApiAnswer | undefined>((resolve, reject) => {
      const onAbort = () => reject(abortError(signal!));
      signal?.addEventListener('abort', onAbort, { once: true });
      asked.then(resolve, reject).finally(() => signal?.removeEventListener('abort', onAbort));
    });
    if (!answer) throw new TypeError('no answer');
    if (!answer.ok) {
      if (answer.error === 'too-large') throw new AnswerTooLarge();
      throw new TypeError(answer.error);
    }
    return new Response(NULL_BODY.has(answer.status) ? null : answer.body, { status: answer.status, headers: answer.headers });
  };
}

/** Whether a token is saved for this GitHub site (the answer is only yes or no). */
export async function githubTokenSaved(site: string): Promise<boolean> {
  const request: GitHubTokenStateRequest = { type: 'github-token-state', site };
  try {
    return (await browser.runtime.sendMessage(request)) === true;
  } catch {
    return false;
  }
}
