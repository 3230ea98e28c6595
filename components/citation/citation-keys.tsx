import { SITE_SCRIPT_ATTRIBUTE } from '@/lib/site/content-security';

// An inline script, not a client component, so that it works on pages that ship no React (build/script-free-pages.ts).
const SCRIPT = `(function(){var d=document;d.addEventListener("keydown",function(e){if(e.key==="Escape")d.querySelectorAll(".cite").forEach(function(c){if(c.matches(":hover, :focus-within"))c.classList.add("cite-dismissed")})});function r(e){var c=e.target&&e.target.closest&&e.target.closest(".cite");if(c)c.classList.remove("cite-dismissed")}d.addEventListener("focusin",r);d.addEventListener("pointerover",r)})()`;

/** Escape closes an open citation popover (WCAG 1.4.13); it opens again on the next focus or hover. */
export function CitationKeys(): React.ReactNode {
  return <script {...{ [SITE_SCRIPT_ATTRIBUTE]: '' }} dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}
