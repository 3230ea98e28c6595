import { SITE_SCRIPT_ATTRIBUTE } from '@/lib/site/page-scripts';

/** The copy buttons' attributes: the id of the element whose text they copy, and what it is called. */
export const COPY_FROM_ATTRIBUTE = 'data-copy-from';
export const COPY_LABEL_ATTRIBUTE = 'data-copy-label';

const BLOCKED = 'Copying is blocked here: select the text instead.';

// One inline script, listening on the document, not client components, so that these work from the first paint and
// on pages that ship no React (build/script-free-pages.ts). Escape closes an open citation popover (WCAG 1.4.13), which
// opens again on the next focus or hover. A copy button copies its element's text and says so in the status beside it.
const SCRIPT = `(function(){var d=document;d.addEventListener("keydown",function(e){if(e.key==="Escape")d.querySelectorAll(".cite").forEach(function(c){if(c.matches(":hover, :focus-within"))c.classList.add("cite-dismissed")})});function r(e){var c=e.target&&e.target.closest&&e.target.closest(".cite");if(c)c.classList.remove("cite-dismissed")}d.addEventListener("focusin",r);d.addEventListener("pointerover",r);d.addEventListener("click",function(e){var b=e.target&&e.target.closest&&e.target.closest("button[${COPY_FROM_ATTRIBUTE}]");if(!b)return;var t=d.getElementById(b.getAttribute("${COPY_FROM_ATTRIBUTE}")),s=b.nextElementSibling;function say(m){if(s)s.textContent=m}if(!t||!navigator.clipboard)return say(${JSON.stringify(BLOCKED)});navigator.clipboard.writeText(t.textContent).then(function(){say(b.getAttribute("${COPY_LABEL_ATTRIBUTE}")+" copied.")},function(){say(${JSON.stringify(BLOCKED)})})})})()`;

/** The page's scripted behaviours that need no React: Escape on a citation, and the copy buttons. */
export function InlineBehaviours(): React.ReactNode {
  return <script {...{ [SITE_SCRIPT_ATTRIBUTE]: '' }} dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}
