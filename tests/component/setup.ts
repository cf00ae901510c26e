import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadMessages } from '../../src/i18n/i18n';

// The app loads Arabic and Russian on demand (main.tsx, before the first render); components under test get them here.
await Promise.all([loadMessages('ar'), loadMessages('ru')]);

afterEach(() => cleanup());
