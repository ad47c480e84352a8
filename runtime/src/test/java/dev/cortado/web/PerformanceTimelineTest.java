package dev.cortado.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import org.junit.jupiter.api.Test;

/** User Timing marks and measures, the entry getters and PerformanceObserver (Performance Timeline). */
class PerformanceTimelineTest {

  /** Every measure() argument form and its errors, getEntries* order, clear*, brand checks, toJSON. */
  @Test
  void marksMeasuresGettersAndErrors() {
    JsRun.Result r = JsRun.js("""
        const m = performance.mark('a', { startTime: 10, detail: { n: [1, 2] } });
        console.log(m instanceof PerformanceMark, m instanceof PerformanceEntry, m.name, m.entryType, m.startTime, m.duration, m.detail);
        console.log(JSON.stringify(m), JSON.stringify(performance.mark('now')).includes('"detail":null'));
        const t0 = performance.now(); const late = performance.mark('late'); console.log(late.startTime >= t0 && late.startTime <= performance.now());
        performance.mark('b', { startTime: 30 });
        performance.mark('a', { startTime: 12 });
        const show = (e) => `${e.entryType}:${e.name}@${e.startTime}+${e.duration}`;
        console.log(show(performance.measure('ab', 'a', 'b')), show(performance.measure('a-only', 'a')).replace(/\\+[\\d.]+$/, '+X'));
        console.log(show(performance.measure('s+d', { start: 'a', duration: 5 })), show(performance.measure('e-d', { end: 20, duration: 5 })), show(performance.measure('s+e', { start: 1, end: 'b', detail: 'x' })));
        console.log(show(performance.measure('e', { end: 'b' })), show(performance.measure('empty', {}, 'b')), show(performance.measure('undef', undefined, 'a')));
        console.log(performance.measure('d', { start: 2, end: 3, detail: [7] }).detail, performance.measure('nd', 'a', 'b').detail);
        const cases = [['x', 'nope'], ['x', 'a', 'nope'], ['x', { start: 1 }, 'b'], ['x', { detail: 1 }], ['x', { duration: 3 }], ['x', { start: 1, end: 2, duration: 1 }], ['x', { start: -1 }], ['x', { end: 'nope' }], ['x', { start: 1, duration: NaN }], ['x', 5, 'b'], []];
        for (const args of cases) {
          try { performance.measure(...args); console.log('no throw', JSON.stringify(args)); } catch (e) { console.log(e.constructor.name, e.name, e.message); }
        }
        for (const args of [['x', { startTime: -1 }], ['x', { startTime: Infinity }], ['x', 3], []]) {
          try { performance.mark(...args); console.log('no throw', JSON.stringify(args)); } catch (e) { console.log(e.constructor.name, e.message); }
        }
        const own = new PerformanceMark('own', { startTime: 1 }); console.log(show(own), performance.getEntriesByName('own').length);
        try { new PerformanceMeasure(); } catch (e) { console.log(e.message); }
        try { new PerformanceEntry(); } catch (e) { console.log(e.message); }
        try { PerformanceMark('x'); } catch (e) { console.log(e.constructor.name); }
        try { Object.getOwnPropertyDescriptor(PerformanceEntry.prototype, 'name').get.call({}); } catch (e) { console.log(e.message); }
        try { Object.getOwnPropertyDescriptor(PerformanceMark.prototype, 'detail').get.call(performance.getEntriesByType('measure')[0]); } catch (e) { console.log(e.message); }
        performance.clearMarks('now'); performance.clearMarks('late'); performance.clearMeasures('a-only');
        console.log(performance.getEntries().map(show).join(' '));
        console.log(performance.getEntriesByType('mark').map(show).join(' '), performance.getEntriesByType('nope').length);
        console.log(performance.getEntriesByName('a').map(show).join(' '), performance.getEntriesByName('a', 'measure').length, performance.getEntriesByName('ab', 'measure').length);
        performance.clearMarks('a'); console.log(performance.getEntriesByType('mark').map(show).join(' '));
        performance.clearMeasures('ab'); console.log(performance.getEntriesByType('measure').length);
        performance.clearMeasures(); performance.clearMarks(); console.log(performance.getEntries().length);
        try { performance.getEntriesByName(); } catch (e) { console.log(e.constructor.name, e.message); }
        try { performance.mark.call({}, 'x'); } catch (e) { console.log(e.message); }
        console.log(Object.keys(performance.toJSON()).join(), Object.keys(Object.getPrototypeOf(performance)).join());
        console.log(performance.mark.length, performance.measure.length, performance.getEntriesByName.length, performance.clearMarks.length);
        console.log(Object.keys(PerformanceEntry.prototype).join(), Object.keys(PerformanceMark.prototype).join(), Object.prototype.toString.call(m), Object.prototype.toString.call(performance));
        console.log(new PerformanceMark('shown', { startTime: 5, detail: 'hi' }));

        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        true true a mark 10 0 { n: [ 1, 2 ] }
        {"name":"a","entryType":"mark","startTime":10,"duration":0,"detail":{"n":[1,2]}} true
        true
        measure:ab@12+18 measure:a-only@12+X
        measure:s+d@12+5 measure:e-d@15+5 measure:s+e@1+29
        measure:e@0+30 measure:empty@0+30 measure:undef@0+12
        [ 7 ] null
        DOMException SyntaxError The mark 'nope' does not exist.
        DOMException SyntaxError The mark 'nope' does not exist.
        TypeError TypeError If a PerformanceMeasureOptions object was passed, endMark must not be passed.
        TypeError TypeError If a PerformanceMeasureOptions object was passed, it must have a start or an end.
        TypeError TypeError If a PerformanceMeasureOptions object was passed, it must have a start or an end.
        TypeError TypeError If a PerformanceMeasureOptions object was passed, it must not have all of start, duration and end.
        TypeError TypeError 'start' cannot be negative.
        DOMException SyntaxError The mark 'nope' does not exist.
        TypeError TypeError Failed to read the 'duration' property from 'PerformanceMeasureOptions': The provided double value is not a finite floating-point value.
        DOMException SyntaxError The mark '5' does not exist.
        TypeError TypeError Failed to execute 'measure' on 'Performance': 1 argument required, but only 0 present.
        TypeError 'x' cannot have a negative start time.
        TypeError Failed to read the 'startTime' property from 'PerformanceMarkOptions': The provided double value is not a finite floating-point value.
        TypeError The provided value is not of type 'PerformanceMarkOptions'.
        TypeError Failed to execute 'mark' on 'Performance': 1 argument required, but only 0 present.
        mark:own@1+0 0
        Illegal constructor
        Illegal constructor
        TypeError
        Illegal invocation
        Illegal invocation
        measure:e@0+30 measure:empty@0+30 measure:undef@0+12 measure:s+e@1+29 measure:d@2+1 mark:a@10+0 mark:a@12+0 measure:ab@12+18 measure:s+d@12+5 measure:nd@12+18 measure:e-d@15+5 mark:b@30+0
        mark:a@10+0 mark:a@12+0 mark:b@30+0 0
        mark:a@10+0 mark:a@12+0 0 1
        mark:b@30+0
        8
        0
        TypeError Failed to execute 'getEntriesByName' on 'Performance': 1 argument required, but only 0 present.
        Illegal invocation
        timeOrigin now,timeOrigin,toJSON,mark,measure,getEntries,getEntriesByName,getEntriesByType,clearMarks,clearMeasures
        1 1 1 0
        name,entryType,startTime,duration,toJSON detail [object PerformanceMark] [object Performance]
        PerformanceMark {
          name: 'shown',
          entryType: 'mark',
          startTime: 5,
          duration: 0,
          detail: 'hi'
        }

        """.stripTrailing() + "\n");
    assertThat(r.leaksJava()).isFalse();
  }

  /** entryTypes/type/buffered observers, delivery as a task, takeRecords, disconnect, errors. */
  @Test
  void observersGetEntriesInALaterTask() {
    JsRun.Result r = JsRun.js("""
        const log = [];
        const po = new PerformanceObserver(function (list, observer, options) {
          console.log('observer 1:', list.getEntries().map((e) => e.name).join(), this === po, observer === po, JSON.stringify(options));
          console.log('  by type:', list.getEntriesByType('measure').map((e) => e.name).join(), 'by name:', list.getEntriesByName('m1').length, list.getEntriesByName('m1', 'measure').length, list.getEntriesByName('m1', 'mark').length);
          console.log('  list:', list instanceof PerformanceObserverEntryList, Object.prototype.toString.call(list));
        });
        po.observe({ entryTypes: ['mark', 'measure', 'resource'] });
        performance.mark('m1', { startTime: 5 });
        performance.measure('me1', { start: 1, end: 2 });
        console.log('marked synchronously; takeRecords later');
        const po2 = new PerformanceObserver((list) => { console.log('observer 2:', list.getEntries().map((e) => e.name).join()); });
        po2.observe({ type: 'mark', buffered: true });
        po2.observe({ type: 'measure' });
        const po3 = new PerformanceObserver(() => console.log('never'));
        po3.observe({ type: 'mark' });
        performance.mark('m2', { startTime: 6 });
        console.log('po3 records:', po3.takeRecords().map((e) => e.name).join(), po3.takeRecords().length);
        po3.disconnect();
        const po4 = new PerformanceObserver((list, obs, options) => console.log('observer 4 (buffered):', list.getEntries().map((e) => e.name).join(), JSON.stringify(options)));
        po4.observe({ type: 'mark', buffered: true });
        po4.observe({ type: 'measure', buffered: true });
        setImmediate(() => {
          console.log('--- second round');
          po.disconnect();
          performance.mark('after-disconnect');
          const thrower = new PerformanceObserver(() => { throw new Error('boom in observer'); });
          thrower.observe({ type: 'mark' });
          performance.mark('m3');
        });
        const bad = new PerformanceObserver(() => {});
        for (const init of [undefined, {}, { entryTypes: ['mark'], type: 'mark' }, { entryTypes: ['mark'], buffered: true }, { entryTypes: 'mark' }, 5]) {
          try { bad.observe(init); console.log('no throw'); } catch (e) { console.log(e.constructor.name, e.message); }
        }
        bad.observe({ type: 'mark' });
        try { bad.observe({ entryTypes: ['mark'] }); } catch (e) { console.log(e.name, e.code); }
        const multi = new PerformanceObserver(() => {}); multi.observe({ entryTypes: ['mark'] });
        try { multi.observe({ type: 'mark' }); } catch (e) { console.log(e.name, e.code); }
        try { new PerformanceObserver(); } catch (e) { console.log(e.constructor.name, e.message); }
        try { new PerformanceObserver({}); } catch (e) { console.log(e.constructor.name, e.message); }
        try { PerformanceObserver(() => {}); } catch (e) { console.log(e.constructor.name); }
        try { new PerformanceObserverEntryList(); } catch (e) { console.log(e.message); }
        try { PerformanceObserver.prototype.observe.call({}, { type: 'mark' }); } catch (e) { console.log(e.message); }
        console.log(PerformanceObserver.supportedEntryTypes, Object.isFrozen(PerformanceObserver.supportedEntryTypes), PerformanceObserver.supportedEntryTypes === PerformanceObserver.supportedEntryTypes);
        console.log(Object.keys(PerformanceObserver.prototype).join(), Object.keys(PerformanceObserverEntryList.prototype).join(), PerformanceObserver.length);
        process.on('uncaughtException', (e) => console.log('uncaught:', e.message));

        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        marked synchronously; takeRecords later
        po3 records: m2 0
        TypeError Failed to execute 'observe' on 'PerformanceObserver': either an 'entryTypes' or 'type' member must be present.
        TypeError Failed to execute 'observe' on 'PerformanceObserver': either an 'entryTypes' or 'type' member must be present.
        TypeError Failed to execute 'observe' on 'PerformanceObserver': An observe() call must not include both 'entryTypes' and 'type' or 'buffered'.
        TypeError Failed to execute 'observe' on 'PerformanceObserver': An observe() call must not include both 'entryTypes' and 'type' or 'buffered'.
        TypeError Failed to execute 'observe' on 'PerformanceObserver': The provided value cannot be converted to a sequence.
        TypeError The provided value is not of type 'PerformanceObserverInit'.
        InvalidModificationError 13
        InvalidModificationError 13
        TypeError Failed to construct 'PerformanceObserver': 1 argument required, but only 0 present.
        TypeError Failed to construct 'PerformanceObserver': parameter 1 is not of type 'Function'.
        TypeError
        Illegal constructor
        Illegal invocation
        [ 'mark', 'measure' ] true true
        observe,disconnect,takeRecords getEntries,getEntriesByType,getEntriesByName 1
        observer 1: me1,m1,m2 true true {}
          by type: me1 by name: 1 0 1
          list: true [object PerformanceObserverEntryList]
        observer 2: m1,m2
        observer 4 (buffered): me1,m1,m2 {"droppedEntriesCount":0}
        --- second round
        observer 2: after-disconnect,m3
        observer 4 (buffered): after-disconnect,m3 {}
        uncaught: boom in observer

        """.stripTrailing() + "\n");
    assertThat(r.leaksJava()).isFalse();
  }
}
