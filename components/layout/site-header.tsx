const NAV = [
  ['/', 'Overview'],
  ['/economy', 'Economy'],
  ['/trade', 'Trade'],
  ['/fisheries', 'Fisheries'],
  ['/payments', 'Payments & aid'],
  ['/compare', 'Compare'],
  ['/checks', 'Checks'],
  ['/source', 'Source'],
  ['/data', 'Data'],
] as const;

export function SiteHeader(): React.ReactNode {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="site-header-inner">
        <p className="site-title">
          <a href="/">Soviet Union in the 1991 Bluebook</a>
          <span className="site-subtitle">Economic figures, each cited to its sentence</span>
        </p>
        <nav aria-label="Main">
          <ul>
            {NAV.map(([href, label]) => (
              <li key={href}>
                <a href={href}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
