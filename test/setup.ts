import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// With vitest globals off, testing-library does not register its own cleanup.
afterEach(() => {
  cleanup();
});
