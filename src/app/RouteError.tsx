import { Link, isRouteErrorResponse, useRouteError } from 'react-router';

/** Shown when a route cannot render: says what went wrong and offers a way on. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <main className="route-error" role="alert">
      <h1>Something went wrong</h1>
      <p>The page could not be shown: {message}</p>
      <p>
        <Link to="/">Back to the map</Link>
      </p>
    </main>
  );
}
