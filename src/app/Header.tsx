import { AtlasLink } from '../components/AtlasLink';
import { useContent } from '../state/use-content';

function AnalysesNav() {
  const content = useContent();
  if (!content.ok) return null;
  return (
    <nav aria-label="Analyses" className="header-nav">
      <span className="muted">Analyses:</span>
      {content.index.content.analyses.map((a) => (
        <AtlasLink key={a.id} to={{ kind: 'analysis', id: a.id }}>
          {a.title}
        </AtlasLink>
      ))}
    </nav>
  );
}

export function Header({ withContent = false }: { withContent?: boolean }) {
  return (
    <header className="app-header">
      <AtlasLink to={null} className="brand">
        Analysis Atlas
      </AtlasLink>
      {withContent && <AnalysesNav />}
    </header>
  );
}
