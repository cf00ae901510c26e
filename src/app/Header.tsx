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
      <h1 className="brand">
        <AtlasLink to={null}>Analysis Atlas</AtlasLink>
      </h1>
      {withContent && <AnalysesNav />}
    </header>
  );
}
