import { format, addDays, differenceInCalendarDays, parseISO, isLeapYear, formatDistanceStrict } from 'date-fns';
const d = parseISO('2024-02-27T10:00:00Z');
console.log(format(addDays(d, 3), 'yyyy-MM-dd'), differenceInCalendarDays(parseISO('2024-12-25'), parseISO('2024-01-01')));
console.log(isLeapYear(d), formatDistanceStrict(parseISO('2024-01-01'), parseISO('2024-03-01')));
