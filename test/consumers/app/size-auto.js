// Size reference: the auto entry alone (the pages' own code would blur the comparison).
import 'rtcshim';

window.rtcshimConsumer = true;
