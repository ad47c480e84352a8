import { z } from 'zod';
const User = z.object({ name: z.string().min(2), age: z.number().int().positive(), email: z.string().email().optional() });
console.log(User.parse({ name: 'Ada', age: 36 }));
const bad = User.safeParse({ name: 'A', age: -1, email: 'x' });
console.log(bad.success, bad.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
console.log(z.union([z.string(), z.number()]).array().parse(['a', 1]), z.enum(['a', 'b']).options);
