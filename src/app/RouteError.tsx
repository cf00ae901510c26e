import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { useI18n } from '../state/use-i18n';

/** Shown when a route cannot render: says what went wrong and offers a way on. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useI18n();
  const message = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : t('error.unknown');
  return (
    <main className="route-error" role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body', { message })}</p>
      <p>
        <Link to="/">{t('error.back')}</Link>
      </p>
    </main>
  );
}
