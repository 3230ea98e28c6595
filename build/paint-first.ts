// Replaces Next's async start-up scripts of each prerendered page with one inline loader that requests them at the
// reader's first input (pages whose client components only act on input) or after the first paint (any other page),
// so that a reader who only reads never waits on React. Why, and what it measurably earns: docs/performance.md.

import { hasReactRuntime } from './build-layout';
import { PostBuildError, type PageRewrite, type PageStep } from './rewrite-pages';
import { startsOnInput } from './script-free-pages';
import { HYDRATED_ATTRIBUTE, NEEDS_REACT_ATTRIBUTE } from '../lib/site/page-scripts';

/** Holds the start-up scripts' paths, separated by spaces, on the loader's own tag. */
export const AFTER_PAINT_ATTRIBUTE = 'data-after-paint';

/** On the loader's tag of a page whose React starts at the reader's first input rather than after the paint. */
export const ON_INPUT_ATTRIBUTE = 'data-on-input';

/** The events that count as the reader's first input; listened to in the capture phase, so none is missed. */
export const INPUT_EVENTS = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'focusin', 'wheel', 'scroll', 'input', 'change'];

/**
 * Runs the scripts its tag lists. With the on-input attribute: at the first of the input events; a click on a
 * button inside an element marked as needing React, made before the page has hydrated (HYDRATED_ATTRIBUTE on `<html>`),
 * is held and made again once it has (within the browser's 5 s of user activation, so a copy still may write to the
 * clipboard). Otherwise: once the first contentful paint is reported; on load where paint timing is not supported;
 * after 10 s at the latest (a tab opened in the background does not paint). Inserted scripts are async, as Next's
 * own tags were, so their order is the runtime's business, as before. One request starts per task: started
 * together, the requests made one long task (docs/performance.md).
 */
export const AFTER_PAINT_LOADER = `(function(){var c=document.currentScript,h=document.documentElement,d=0;function go(){if(d)return;d=1;var l=c.getAttribute("${AFTER_PAINT_ATTRIBUTE}").split(" ");(function n(){var s=document.createElement("script");s.src=l.shift();document.head.appendChild(s);if(l.length)setTimeout(n,0)})()}if(c.hasAttribute("${ON_INPUT_ATTRIBUTE}")){var E="${INPUT_EVENTS.join(' ')}".split(" "),on=function(){E.forEach(function(t){removeEventListener(t,on,true)});go()};E.forEach(function(t){addEventListener(t,on,{capture:true,passive:true})});addEventListener("click",function(e){var b=e.target.closest&&e.target.closest("[${NEEDS_REACT_ATTRIBUTE}] button");if(!b||h.hasAttribute("${HYDRATED_ATTRIBUTE}"))return;e.preventDefault();e.stopPropagation();go();new MutationObserver(function(r,o){if(h.hasAttribute("${HYDRATED_ATTRIBUTE}")){o.disconnect();b.click()}}).observe(h,{attributes:true})},true);return}var P=window.PerformanceObserver,t=P&&P.supportedEntryTypes;if(!t||t.indexOf("paint")<0){addEventListener("load",go);return}new P(function(l,o){if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();go()}}).observe({type:"paint",buffered:true});setTimeout(go,1e4)})()`;

const STARTUP_SCRIPT = /<script src="(\/_next\/static\/[^" ]+\.js)" async=""><\/script>/g;

const SCRIPT_PRELOAD = /<link rel="preload" as="script"(?: fetchPriority="low")? href="\/_next\/static\/[^"]+\.js"\/>/g;

/**
 * The page with its start-up scripts requested after the first paint or at the first input, by one loader in the
 * place of the first; unchanged if it has none (already rewritten, or a page without script).
 */
export function scriptsAfterFirstPaint(html: string, file: string): PageRewrite {
  const sources = [...html.matchAll(STARTUP_SCRIPT)].map((match) => match[1] ?? '');
  let first = true;
  const rewritten = html
    .replace(STARTUP_SCRIPT, () => {
      if (!first) return '';
      first = false;
      const onInput = startsOnInput(html) ? ` ${ON_INPUT_ATTRIBUTE}=""` : '';
      return `<script ${AFTER_PAINT_ATTRIBUTE}="${sources.join(' ')}"${onInput}>${AFTER_PAINT_LOADER}</script>`;
    })
    // Next also preloads one of them; fetched before the paint, it would count as above.
    .replace(SCRIPT_PRELOAD, '');
  // Next writing its tags some other way would leave scripts that run before the paint, and nothing would say so.
  const unknown = /<script\b[^>]*\bsrc="\/_next\/static\/[^"]*"[^>]*>|<link\b[^>]*\bas="script"[^>]*>/i.exec(
    rewritten.replace(/<script\b[^>]*\bnomodule\b[^>]*>/gi, ''),
  );
  if (unknown) throw new PostBuildError('paint-first', `${file}: a start-up script in a form this step does not know: ${unknown[0]}`);
  return { html: rewritten, found: rewritten.split(`<script ${AFTER_PAINT_ATTRIBUTE}="/`).length - 1 };
}

/** Every page that boots React gets one loader for its start-up scripts. */
export const PAINT_FIRST: PageStep = {
  name: 'paint-first',
  counts: 'start-up script loaders',
  expected: (html) => (hasReactRuntime(html) ? 1 : 0),
  rewrite: scriptsAfterFirstPaint,
};
