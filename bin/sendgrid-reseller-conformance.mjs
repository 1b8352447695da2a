#!/usr/bin/env node
// The installed command: TypeScript sources run through tsx (Node does not strip types in node_modules).
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
