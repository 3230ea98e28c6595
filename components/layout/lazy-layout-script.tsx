import { SITE_SCRIPT_ATTRIBUTE } from '@/lib/site/page-scripts';

/** The attribute on `<html>` that lets long content off screen wait to be laid out (see globals.css). */
export const LAZY_LAYOUT_ATTRIBUTE = 'data-lazy-layout';
/** The attribute on each part that has stopped waiting, and on `<html>` once every part has. */
export const LAID_OUT_ATTRIBUTE = 'data-laid-out';
/** What may wait: tables (on a phone, a reflowed table's rows), report sections and chart drawings. */
const LAZY_PARTS = '.table-scroll, .reflow > tbody > tr, .source-section, .chart-static';

/** Where a reader's place on a page is kept between leaving it and coming back (sessionStorage, per address). */
const PLACE_KEY_PREFIX = 'place:';

// Runs in <head>, before the body is parsed. Only a fresh visit may lay out lazily: content off screen then stands
// at an estimated height. A reader's place is kept as the first laid-out element with an id on screen (what waits to
// be laid out reports no true position) and its distance from the top, not as a scroll offset, and restored so on
// back, forward or reload (unless the page comes whole from the back/forward cache): an offset measured over
// estimated heights lands elsewhere once the page is laid out (docs/performance.md). Without script there is no lazy
// layout, and the browser's own restoring is right. The place is kept while the page settles (it is set again
// whenever the page's size changes) until the reader scrolls, taps or types. Once the page has loaded, every part
// still waiting is laid out, one a task: Chromium leaves what content-visibility skips out of its accessibility tree,
// so a screen reader finds every table, heading and chart soon after load.
const SCRIPT = `(function(){var d=document,h=history,n=performance.getEntriesByType&&performance.getEntriesByType("navigation")[0],t=n?n.type:"navigate",k="${PLACE_KEY_PREFIX}"+location.pathname+location.search;if(t==="navigate"){d.documentElement.setAttribute("${LAZY_LAYOUT_ATTRIBUTE}","");addEventListener("load",function(){var q=d.querySelectorAll("${LAZY_PARTS}"),i=0;(function next(){var e=q[i++];if(!e)return d.documentElement.setAttribute("${LAID_OUT_ATTRIBUTE}","");e.setAttribute("${LAID_OUT_ATTRIBUTE}","");e.getBoundingClientRect();setTimeout(next,0)})()})}if(!("scrollRestoration"in h))return;h.scrollRestoration="manual";addEventListener("pagehide",function(){var e=d.querySelectorAll("main [id]:not(svg *)"),a=null,i,r;for(i=0;i<e.length;i++){if(e[i].checkVisibility&&!e[i].checkVisibility({contentVisibilityAuto:true}))continue;r=e[i].getBoundingClientRect();if(r.height>0&&r.top>=0&&r.top<innerHeight){a={id:e[i].id,top:r.top};break}}try{sessionStorage.setItem(k,JSON.stringify({y:scrollY,a:a}))}catch(x){}});if(t==="navigate")return;var p=null;try{p=JSON.parse(sessionStorage.getItem(k)||"null")}catch(x){}if(!p)return;var on=1;function go(){if(!on)return;var e=p.a&&d.getElementById(p.a.id);scrollTo(0,e?scrollY+e.getBoundingClientRect().top-p.a.top:p.y)}["wheel","touchstart","keydown","pointerdown"].forEach(function(n){addEventListener(n,function(){on=0},{once:true,passive:true})});d.addEventListener("DOMContentLoaded",function(){go();if(window.ResizeObserver)new ResizeObserver(go).observe(d.documentElement)});addEventListener("load",go)})()`;

/** Marks a fresh visit before the first layout, so content off screen (tables, report sections) may wait; keeps a reader's place. */
export function LazyLayoutScript(): React.ReactNode {
  return <script {...{ [SITE_SCRIPT_ATTRIBUTE]: '' }} dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}
