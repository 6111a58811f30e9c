package org.dyadscope.extract;

import java.io.Serializable;

/**
 * One input file of an extract, as the driver planned it ({@link ExtractPlan}).
 *
 * @param order the file's place in the order the local loader would read it (case sources in order,
 *     each pattern's files by name): the first row of an event id in this order is kept
 * @param uri the file's Hadoop path ({@code file:/...}, {@code hdfs://...}, {@code s3a://...})
 * @param label the file name stored with its rows: its path relative to the data root
 * @param source the case's source name
 * @param format the source's format ({@code gdelt} or {@code icews-tab})
 * @param family the format's event id family
 */
record FileTask(int order, String uri, String label, String source, String format, String family)
    implements Serializable {}
