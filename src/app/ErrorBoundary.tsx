import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '../state/use-i18n';
import { appBaseUrl } from '../state/app-base';

/** What the reader sees when the page cannot render: what went wrong, and a way back to the map. */
function ErrorPage({ error }: { error: unknown }) {
  const { t } = useI18n();
  const message = error instanceof Error ? error.message : t('error.unknown');
  return (
    <main className="route-error" role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body', { message })}</p>
      <p>
        <a href={appBaseUrl()}>{t('error.back')}</a>
      </p>
    </main>
  );
}

/** Catches a render error anywhere in the app and shows ErrorPage instead of a blank page. */
export class AppErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error: error ?? new Error('unknown error') };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Analysis Atlas could not render:', error, info.componentStack);
  }

  render(): ReactNode {
    return this.state.error ? <ErrorPage error={this.state.error} /> : this.props.children;
  }
}
