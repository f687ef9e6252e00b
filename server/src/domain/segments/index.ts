// Customer segmentation: features, scaling, k-means, naming, facts and cluster gaps (pure).
export { customerFeatures, FEATURES, FEATURE_NAMES, type FeatureVector, type SegmentHolding, type SegmentInput } from './features.js';
export { fitScaler, scale, unscale, type Scaler } from './scaler.js';
export { chooseK, kmeans, nearest, silhouette, type KMeansResult } from './kmeans.js';
export { nameClusters, RULES, TAGS, type NamedCluster } from './naming.js';
export { clusterFacts, rupees } from './facts.js';
export { assign, defaultKs, fitSegments, type SegmentCluster, type SegmentFit, type SegmentModelData, type TrainingRow } from './model.js';
export { clusterGaps, type ClusterGap } from './gaps.js';
