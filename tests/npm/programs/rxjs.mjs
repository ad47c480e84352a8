import { from, interval, of, lastValueFrom } from 'rxjs';
import { map, filter, take, scan, mergeMap, toArray, delay } from 'rxjs/operators';
console.log(await lastValueFrom(from([1, 2, 3, 4, 5]).pipe(filter((x) => x % 2), map((x) => x * 10), toArray())));
console.log(await lastValueFrom(interval(5).pipe(take(4), scan((a, b) => a + b, 0), toArray())));
console.log(await lastValueFrom(of('a', 'b').pipe(mergeMap((x) => of(x + '1').pipe(delay(5))), toArray())));
