/** The pipelines: which analyses each command runs in its pass, and how their results combine. */
package io.mapchunk.job;
