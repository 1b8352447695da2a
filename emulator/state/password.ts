import { createHash, randomBytes } from 'node:crypto';

export interface StoredPassword {
  salt: string;
  hash: string;
}

export function hashPassword(password: string): StoredPassword {
  const salt = randomBytes(16).toString('hex');
  return { salt, hash: createHash('sha256').update(salt).update(password, 'utf8').digest('hex') };
}
