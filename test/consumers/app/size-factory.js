// Size reference: the factory entry alone, as an app that patches on demand uses it.
import { createAdapter } from 'rtcshim/factory';

window.rtcshimConsumer = createAdapter;
