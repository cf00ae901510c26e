import { createBrowserRouter } from 'react-router';
import { AppFrame } from './AppFrame';
import { RouteError } from './RouteError';

// One route: the frame reads the selection from the path itself (src/state/paths.ts), so the map is never
// re-created when the selection changes and unknown paths get the same "not found" panel as unknown ids.
export const router = createBrowserRouter([{ path: '*', element: <AppFrame />, errorElement: <RouteError /> }]);
