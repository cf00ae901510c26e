import { createBrowserRouter } from 'react-router';
import { AppFrame } from './AppFrame';
import { RouteError } from './RouteError';

export const router = createBrowserRouter([
  {
    path: '/',
    element: <AppFrame />,
    errorElement: <RouteError />,
  },
]);
